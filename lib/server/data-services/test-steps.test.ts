import { describe, expect, it } from "vitest";
import { toTestSteps } from "./test-steps";

describe("toTestSteps", () => {
  it("passes every step and counts the projects when ListProjects succeeds", () => {
    const steps = toTestSteps({ kind: "ok", projectCount: 3 }, 12);
    expect(steps.map((step) => step.status)).toEqual(["ok", "ok", "ok"]);
    expect(steps[2]?.detail).toContain("3 projects");
  });
  it("skips the later steps when nothing answered", () => {
    expect(toTestSteps({ kind: "no-answer", message: "refused" }, 5).map((step) => step.status)).toEqual(["failed", "skipped", "skipped"]);
  });
  it("fails the signature step when the AccessKey is refused", () => {
    expect(toTestSteps({ kind: "credentials-refused", message: "bad key" }, 5).map((step) => step.status)).toEqual(["ok", "failed", "skipped"]);
  });
  it("fails only the projects step for another error", () => {
    expect(toTestSteps({ kind: "answered-with-error", message: "x" }, 5).map((step) => step.status)).toEqual(["ok", "ok", "failed"]);
  });
});
