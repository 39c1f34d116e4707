import { describe, expect, it } from "vitest";
import { runBenchmarks } from "./run";

describe("npm run bench --quick", () => {
  it("measures the engine beside its raw reference and judges nothing in quick mode", async () => {
    const { runs } = await runBenchmarks(["--quick", "--only", "transitions", "--store", "sqlite", "--no-write"]);
    const figures = runs.flatMap((run) => run.figures);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((figure) => figure.goal !== undefined)).toBe(true);
    for (const figure of figures) {
      // Breakdown figures (e.g. Prisma's share) carry no goal; those that do are not judged in quick mode.
      if (figure.goal) expect(figure.goal.verdict, figure.note).toBe("NOT JUDGED");
      expect(figure.measured?.value).toBeGreaterThan(0);
      expect(figure.reference?.value).toBeGreaterThan(0);
      expect(Number.isFinite(figure.ratio?.value)).toBe(true);
    }
  }, 60_000);
});
