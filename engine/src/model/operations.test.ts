import { describe, expect, it } from "vitest";
import { INSTANCE_OPERATIONS, judgeOperation, OPERATION_TABLE } from "./operations";
import { INSTANCE_STATUSES, RERUN_MODES } from "./status";

describe("the instance operation table", () => {
  it("answers every operation from every status, suspended or not, under every rerun mode", () => {
    for (const operation of INSTANCE_OPERATIONS) {
      for (const status of INSTANCE_STATUSES) {
        for (const isSuspended of [false, true]) {
          for (const rerunMode of RERUN_MODES) {
            const verdict = judgeOperation(operation, { status, isSuspended, rerunMode });
            expect(["apply", "noop", "refuse"]).toContain(verdict.kind);
          }
        }
      }
    }
  });

  it("allows set-success from FAILURE only, and treats SUCCESS as already done", () => {
    const verdicts = Object.fromEntries(
      INSTANCE_STATUSES.map((status) => [status, judgeOperation("setSuccess", { status, isSuspended: false, rerunMode: "ALL_ALLOWED" }).kind]),
    );
    expect(verdicts).toEqual({
      NOT_RUN: "refuse", WAIT_TIME: "refuse", WAIT_RESOURCE: "refuse", RUNNING: "refuse",
      CHECKING: "refuse", CHECKING_CONDITION: "refuse", FAILURE: "apply", SUCCESS: "noop",
    });
  });

  it("refuses set-success on a running instance with the state-not-allowed code", () => {
    const verdict = judgeOperation("setSuccess", { status: "RUNNING", isSuspended: false, rerunMode: "ALL_ALLOWED" });
    expect(verdict).toMatchObject({ kind: "refuse", code: "Invalid.Instance.StatusNotAllowed" });
  });

  it("respects the node's rerun mode", () => {
    const judge = (status: "SUCCESS" | "FAILURE", rerunMode: (typeof RERUN_MODES)[number]) =>
      judgeOperation("rerun", { status, isSuspended: false, rerunMode }).kind;
    expect([judge("SUCCESS", "ALL_ALLOWED"), judge("FAILURE", "ALL_ALLOWED")]).toEqual(["apply", "apply"]);
    expect([judge("SUCCESS", "FAILURE_ALLOWED"), judge("FAILURE", "FAILURE_ALLOWED")]).toEqual(["refuse", "apply"]);
    expect([judge("SUCCESS", "ALL_DENIED"), judge("FAILURE", "ALL_DENIED")]).toEqual(["refuse", "refuse"]);
  });

  it("resumes only suspended instances and suspends only waiting ones", () => {
    expect(judgeOperation("resume", { status: "WAIT_TIME", isSuspended: true, rerunMode: "ALL_ALLOWED" }).kind).toBe("apply");
    expect(judgeOperation("resume", { status: "WAIT_TIME", isSuspended: false, rerunMode: "ALL_ALLOWED" }).kind).toBe("refuse");
    expect(judgeOperation("suspend", { status: "RUNNING", isSuspended: false, rerunMode: "ALL_ALLOWED" }).kind).toBe("refuse");
    expect(judgeOperation("suspend", { status: "NOT_RUN", isSuspended: true, rerunMode: "ALL_ALLOWED" }).kind).toBe("noop");
    expect(OPERATION_TABLE.suspend.from).toEqual(["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"]);
  });
});
