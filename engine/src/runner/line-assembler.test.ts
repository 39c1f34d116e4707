import { describe, expect, it } from "vitest";
import { createLineAssembler } from "./line-assembler";

function collectLines(options: { maxPendingBytes?: number; maxPendingMs?: number } = {}) {
  const emitted: string[] = [];
  let notify: () => void = () => {};
  const assembler = createLineAssembler({
    ...options,
    emit(text) {
      emitted.push(text);
      notify();
    },
  });
  const nextEmit = () => new Promise<void>((resolve) => (notify = resolve));
  return { assembler, emitted, nextEmit };
}

describe("createLineAssembler", () => {
  it("emits complete lines together and holds the unfinished one", () => {
    const { assembler, emitted } = collectLines({ maxPendingMs: 60_000 });
    assembler.write("one\ntwo\nthr");
    assembler.write("ee\nfour");
    expect(emitted).toEqual(["one\ntwo\n", "three\n"]);
    assembler.flush();
    expect(emitted).toEqual(["one\ntwo\n", "three\n", "four"]);
  });

  it("emits a partial line once it reaches the byte limit", () => {
    const { assembler, emitted } = collectLines({ maxPendingBytes: 8, maxPendingMs: 60_000 });
    assembler.write("abcd");
    expect(emitted).toEqual([]);
    assembler.write("efgh");
    expect(emitted).toEqual(["abcdefgh"]);
  });

  it("counts the byte limit in UTF-8 bytes, not characters", () => {
    const { assembler, emitted } = collectLines({ maxPendingBytes: 6, maxPendingMs: 60_000 });
    assembler.write("中文");
    expect(emitted).toEqual(["中文"]);
  });

  it("emits a partial line after the wait limit", async () => {
    const { assembler, emitted, nextEmit } = collectLines({ maxPendingMs: 30 });
    const emittedLater = nextEmit();
    assembler.write("Password: ");
    expect(emitted).toEqual([]);
    await emittedLater;
    expect(emitted).toEqual(["Password: "]);
  });

  it("does not emit anything on flush when no partial line is held", () => {
    const { assembler, emitted } = collectLines();
    assembler.write("done\n");
    assembler.flush();
    expect(emitted).toEqual(["done\n"]);
  });
});
