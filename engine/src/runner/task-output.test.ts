import { describe, expect, it } from "vitest";
import { createTaskOutput } from "./task-output";
import type { OutputChunk } from "./types";

function collectOutput(maxOutputBytes?: number) {
  const chunks: OutputChunk[] = [];
  const output = createTaskOutput({ maxOutputBytes, onOutput: (chunk) => chunks.push(chunk) });
  return { output, chunks, texts: () => chunks.map((chunk) => `${chunk.stream}:${chunk.text}`) };
}

describe("createTaskOutput", () => {
  it("decodes a character whose bytes arrive in separate writes", () => {
    const { output, texts } = collectOutput();
    const bytes = Buffer.from("中\n", "utf8");
    for (const byte of bytes) output.write("stdout", Buffer.from([byte]));
    output.end("stdout");
    expect(texts()).toEqual(["stdout:中\n"]);
  });

  it("keeps each stream's partial line apart", () => {
    const { output, texts } = collectOutput();
    output.write("stdout", Buffer.from("out-"));
    output.write("stderr", Buffer.from("err-"));
    output.write("stdout", Buffer.from("done\n"));
    output.end("stderr");
    expect(texts()).toEqual(["stdout:out-done\n", "stderr:err-"]);
  });

  it("drops bytes beyond the cap and says so exactly once", () => {
    const { output, texts } = collectOutput(10);
    output.write("stdout", Buffer.from("12345678\n"));
    output.write("stderr", Buffer.from("abc\n"));
    output.write("stdout", Buffer.from("more\n"));
    output.end("stdout");
    output.end("stderr");
    expect(texts()).toEqual(["stdout:12345678\n", "stderr:a", "stderr:[nightshift] output truncated after 10 bytes\n"]);
  });

  it("accepts output of exactly the cap without a truncation notice", () => {
    const { output, texts } = collectOutput(4);
    output.write("stdout", Buffer.from("abc\n"));
    output.end("stdout");
    expect(texts()).toEqual(["stdout:abc\n"]);
  });

  it("never emits half of a character cut by the cap", () => {
    const { output, chunks } = collectOutput(4);
    output.write("stdout", Buffer.from("a中文", "utf8"));
    output.end("stdout");
    expect(chunks.map((chunk) => chunk.text).join("")).toBe("a中[nightshift] output truncated after 4 bytes\n");
  });

  it("puts a runner notice after the partial lines printed before it", () => {
    const { output, texts } = collectOutput();
    output.write("stdout", Buffer.from("working"));
    output.notice("[nightshift] stopped (stop requested)");
    expect(texts()).toEqual(["stdout:working", "stderr:[nightshift] stopped (stop requested)\n"]);
  });
});
