import { describe, expect, it } from "vitest";
import { replaceSection } from "./results-document";

describe("replaceSection", () => {
  it("replaces only the named benchmark's block", () => {
    const document = [
      "# Benchmarks",
      "hand-written",
      "<!-- bench:generation:start -->",
      "old generation",
      "<!-- bench:generation:end -->",
      "<!-- bench:transitions:start -->",
      "old transitions",
      "<!-- bench:transitions:end -->",
      "analysis",
    ].join("\n");
    const updated = replaceSection(document, "generation", "new generation");
    expect(updated).toContain("new generation");
    expect(updated).not.toContain("old generation");
    expect(updated).toContain("old transitions");
    expect(updated.startsWith("# Benchmarks\nhand-written\n")).toBe(true);
    expect(updated.endsWith("analysis")).toBe(true);
  });

  it("appends a benchmark seen for the first time", () => {
    const updated = replaceSection("# Benchmarks\n", "hot-paths", "figures");
    expect(updated).toBe("# Benchmarks\n\n<!-- bench:hot-paths:start -->\nfigures\n<!-- bench:hot-paths:end -->\n");
  });
});
