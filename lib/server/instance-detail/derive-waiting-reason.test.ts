import { describe, expect, it } from "vitest";
import type { TBlockingInstance } from "@/lib/contracts/instance-detail";
import { deriveWaitingReason, findSuspension, MAX_NAMED_BLOCKERS, type TWaitingFacts } from "./derive-waiting-reason";

const waiting = (overrides: Partial<TWaitingFacts["instance"]> = {}): TWaitingFacts["instance"] => ({
  status: "NOT_RUN",
  isSuspended: false,
  taskType: "NORMAL",
  cycTime: "2026-11-23T22:10:00.000Z",
  beginWaitResTime: null,
  ...overrides,
});

const parent = (name: string, status: TBlockingInstance["status"], isSuspended = false): TBlockingInstance => ({
  instanceId: String(name.length * 1000 + name.charCodeAt(0)),
  nodeId: "1",
  nodeName: name,
  status,
  isSuspended,
});

const facts = (overrides: Partial<TWaitingFacts>): TWaitingFacts => ({ instance: waiting(), parents: [], suspension: null, resourceGroup: "rg_etl", ...overrides });

describe("deriveWaitingReason", () => {
  it("names the parents that have not succeeded, failed ones first", () => {
    const reason = deriveWaitingReason(facts({ parents: [parent("ods_b", "RUNNING"), parent("ods_a", "SUCCESS"), parent("ods_c", "FAILURE")] }));
    expect(reason).toEqual({
      kind: "upstream",
      blockers: [parent("ods_c", "FAILURE"), parent("ods_b", "RUNNING")],
      moreCount: 0,
      parentCount: 3,
    });
  });

  it("counts the blockers beyond the ones it names", () => {
    const parents = Array.from({ length: MAX_NAMED_BLOCKERS + 3 }, (_, index) => parent(`p${String(index).padStart(2, "0")}`, "NOT_RUN"));
    const reason = deriveWaitingReason(facts({ parents }));
    expect(reason).toMatchObject({ kind: "upstream", moreCount: 3, parentCount: MAX_NAMED_BLOCKERS + 3 });
  });

  it("treats a suspended parent as blocking even when it succeeded", () => {
    expect(deriveWaitingReason(facts({ parents: [parent("held", "SUCCESS", true)] }))).toMatchObject({ kind: "upstream" });
  });

  it("says ready when every parent succeeded but the status has not moved yet", () => {
    expect(deriveWaitingReason(facts({ parents: [parent("a", "SUCCESS")] }))).toEqual({ kind: "ready" });
  });

  it("says the parents are unknown when they could not be read", () => {
    expect(deriveWaitingReason(facts({ parents: null }))).toEqual({ kind: "upstream-unknown" });
  });

  it("waits for the cycle time in WAIT_TIME and for a slot of its group in WAIT_RESOURCE", () => {
    expect(deriveWaitingReason(facts({ instance: waiting({ status: "WAIT_TIME" }) }))).toEqual({ kind: "cycle-time", cycTime: "2026-11-23T22:10:00.000Z" });
    expect(deriveWaitingReason(facts({ instance: waiting({ status: "WAIT_RESOURCE", beginWaitResTime: "2026-11-23T22:11:00.000Z" }) }))).toEqual({
      kind: "resource",
      resourceGroup: "rg_etl",
      since: "2026-11-23T22:11:00.000Z",
    });
  });

  it("puts a suspension before anything else, with who and why", () => {
    const suspension = { by: "alice", at: "2026-11-23T20:00:00.000Z", reason: "source late" };
    expect(deriveWaitingReason(facts({ instance: waiting({ status: "WAIT_TIME", isSuspended: true }), suspension }))).toEqual({ kind: "suspended", ...suspension });
    expect(deriveWaitingReason(facts({ instance: waiting({ isSuspended: true }) }))).toEqual({ kind: "suspended", by: null, at: null, reason: null });
  });

  it("warns that a frozen node's instance will not run", () => {
    expect(deriveWaitingReason(facts({ instance: waiting({ taskType: "PAUSE" }) }))).toEqual({ kind: "frozen" });
  });

  it("has no waiting reason for running or finished instances", () => {
    for (const status of ["RUNNING", "CHECKING", "SUCCESS", "FAILURE"] as const) {
      expect(deriveWaitingReason(facts({ instance: waiting({ status, isSuspended: true }) }))).toBeNull();
    }
  });
});

describe("findSuspension", () => {
  const op = (action: string, result = "APPLIED", operator = "alice") => ({ action, result, operator, reason: "why", at: "2026-11-23T20:00:00.000Z" });

  it("finds the newest applied suspension", () => {
    expect(findSuspension([op("SuspendInstance", "NOOP", "carol"), op("SuspendInstance", "APPLIED", "bob"), op("SuspendInstance")])).toMatchObject({ by: "bob" });
  });

  it("ignores a suspension that a later resume lifted", () => {
    expect(findSuspension([op("ResumeInstance"), op("SuspendInstance")])).toBeNull();
  });
});
