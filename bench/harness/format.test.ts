import { describe, expect, it } from "vitest";
import type { Figure } from "./figures";
import { formatFigureForConsole, formatFiguresAsMarkdownTable, formatNumber } from "./format";
import { summarize } from "./stats";

const FIGURE: Figure = {
  benchmark: "hot-paths",
  store: "postgresql",
  subject: "Prisma vs raw: get | instance",
  measured: { value: 2.5, unit: "ms", distribution: { ...summarize([1, 2, 2.5]), p95: 2.5 } },
  reference: { value: 1, unit: "ms", subject: "raw pg" },
  ratio: { value: 2.5, meaning: "Prisma ÷ raw" },
  goal: { text: "≤ 2× raw p95", verdict: "MISS" },
  load: [3.21, 2, 1],
};

describe("formatNumber", () => {
  it("keeps two decimals for small values and none for large ones", () => {
    expect(formatNumber(1.234)).toBe("1.23");
    expect(formatNumber(12.34)).toBe("12.3");
    expect(formatNumber(1234.5)).toBe("1,235");
  });
});

describe("figure formatting", () => {
  it("prints counts whole", () => {
    const text = formatFigureForConsole({ benchmark: "console-pages", store: null, subject: "long frames", measured: { value: 1, unit: "frames" }, load: [1, 1, 1] });
    expect(text).toMatch(/measured\s+1 frames/);
  });

  it("prints the measurement beside its reference, the ratio and the verdict", () => {
    const text = formatFigureForConsole(FIGURE);
    expect(text).toContain("[hot-paths · postgresql]");
    expect(text).toMatch(/reference\s+1\.00 ms — raw pg/);
    expect(text).toMatch(/ratio\s+2\.50× \(Prisma ÷ raw\)/);
    expect(text).toMatch(/goal\s+≤ 2× raw p95 → MISS/);
  });

  it("labels latency values as p95 and escapes pipes in Markdown cells", () => {
    const table = formatFiguresAsMarkdownTable([FIGURE]);
    const row = table.split("\n")[2]!;
    expect(row).toContain("get \\| instance");
    expect(row).toContain("p95 2.50 ms");
    expect(row).toContain("**MISS**");
    expect(row.endsWith("| 3.21 |")).toBe(true);
  });
});
