import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a same-site deep link with its query", () => {
    expect(safeNextPath("/s/1/p/10000/instances?bizdate=2026-11-23&status=FAILURE")).toBe("/s/1/p/10000/instances?bizdate=2026-11-23&status=FAILURE");
  });

  it("refuses anything that could leave the site", () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "evil", ""]) {
      expect(safeNextPath(next)).toBe("/");
    }
    expect(safeNextPath(undefined)).toBe("/");
  });

  it("does not send the user back to the login page or an API route", () => {
    expect(safeNextPath("/login?next=/x")).toBe("/");
    expect(safeNextPath("/api/users")).toBe("/");
  });
});
