import { describe, expect, it } from "vitest";
import { createLinePrefixer } from "./line-prefixer";

function collect(prefix: string) {
  const lines: string[] = [];
  return { lines, prefixer: createLinePrefixer(prefix, (line) => lines.push(line)) };
}

describe("createLinePrefixer", () => {
  it("prefixes each complete line and holds back a partial one until it ends", () => {
    const { lines, prefixer } = collect("[console]");
    prefixer.push("ready on ");
    expect(lines).toEqual([]);
    prefixer.push("port 3000\nsecond\r\nthi");
    expect(lines).toEqual(["[console] ready on port 3000", "[console] second"]);
    prefixer.push("rd");
    prefixer.flush();
    expect(lines).toEqual(["[console] ready on port 3000", "[console] second", "[console] third"]);
  });

  it("does not double a prefix the child already printed", () => {
    const { lines, prefixer } = collect("[engine]");
    prefixer.push("[engine] listening on http://127.0.0.1:3100\n[engineer] is not the prefix\n");
    expect(lines).toEqual(["[engine] listening on http://127.0.0.1:3100", "[engine] [engineer] is not the prefix"]);
  });

  it("keeps a multi-byte character that is split across chunks whole", () => {
    const { lines, prefixer } = collect("[engine]");
    const bytes = Buffer.from("项目 demo\n", "utf8");
    prefixer.push(bytes.subarray(0, 2));
    prefixer.push(bytes.subarray(2));
    expect(lines).toEqual(["[engine] 项目 demo"]);
  });

  it("writes nothing on flush when the output ended with a newline", () => {
    const { lines, prefixer } = collect("[x]");
    prefixer.push("one\n");
    prefixer.flush();
    expect(lines).toEqual(["[x] one"]);
  });
});
