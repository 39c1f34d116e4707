import { describe, expect, it } from "vitest";
import { INSTANCE_STATUSES, type TActionVerdict, type TInstanceAction, type TInstanceStatus } from "@/lib/contracts/instances";
import { isReasonRequired, judgeInstanceAction } from "./action-rules";

type Row = Record<TInstanceStatus, TActionVerdict>;

/** docs/operations.md, "Instance operations", for an instance that is not suspended. */
const TABLE: Record<TInstanceAction, Row> = {
  stop: { NOT_RUN: "applies", WAIT_TIME: "applies", WAIT_RESOURCE: "applies", RUNNING: "applies", CHECKING: "applies", CHECKING_CONDITION: "applies", FAILURE: "noop", SUCCESS: "refused" },
  rerun: { NOT_RUN: "refused", WAIT_TIME: "refused", WAIT_RESOURCE: "refused", RUNNING: "refused", CHECKING: "refused", CHECKING_CONDITION: "refused", FAILURE: "applies", SUCCESS: "applies" },
  "set-success": { NOT_RUN: "refused", WAIT_TIME: "refused", WAIT_RESOURCE: "refused", RUNNING: "refused", CHECKING: "refused", CHECKING_CONDITION: "refused", FAILURE: "applies", SUCCESS: "noop" },
  suspend: { NOT_RUN: "applies", WAIT_TIME: "applies", WAIT_RESOURCE: "applies", RUNNING: "refused", CHECKING: "refused", CHECKING_CONDITION: "refused", FAILURE: "refused", SUCCESS: "refused" },
  resume: { NOT_RUN: "refused", WAIT_TIME: "refused", WAIT_RESOURCE: "refused", RUNNING: "refused", CHECKING: "refused", CHECKING_CONDITION: "refused", FAILURE: "refused", SUCCESS: "refused" },
};

describe("the instance action state table", () => {
  for (const [action, row] of Object.entries(TABLE) as [TInstanceAction, Row][]) {
    it(`judges ${action} on every status as docs/operations.md states`, () => {
      const verdicts = Object.fromEntries(INSTANCE_STATUSES.map((status) => [status, judgeInstanceAction(action, { status, isSuspended: false, isRerunnable: true }).verdict]));
      expect(verdicts).toEqual(row);
    });
  }

  it("treats a suspended instance: suspend is a no-op, resume applies, stop as its status says", () => {
    for (const status of ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"] as const) {
      expect(judgeInstanceAction("suspend", { status, isSuspended: true, isRerunnable: true }).verdict).toBe("noop");
      expect(judgeInstanceAction("resume", { status, isSuspended: true, isRerunnable: true }).verdict).toBe("applies");
      expect(judgeInstanceAction("stop", { status, isSuspended: true, isRerunnable: true }).verdict).toBe("applies");
    }
  });

  it("refuses a rerun when the node forbids reruns, and explains every refusal", () => {
    const judgement = judgeInstanceAction("rerun", { status: "FAILURE", isSuspended: false, isRerunnable: false });
    expect(judgement.verdict).toBe("refused");
    expect(judgement.explanation).toMatch(/does not allow reruns/);
    expect(judgeInstanceAction("suspend", { status: "RUNNING", isSuspended: false, isRerunnable: true }).explanation).toMatch(/stop it instead/);
  });

  it("requires a reason for set-success and for more than one instance", () => {
    expect(isReasonRequired("set-success", 1)).toBe(true);
    expect(isReasonRequired("rerun", 1)).toBe(false);
    expect(isReasonRequired("rerun", 2)).toBe(true);
  });
});
