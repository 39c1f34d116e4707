import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSTANCE_STATUSES, type InstanceStatus } from "../../model/status";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import type { OperationContext, OperationOutcome } from "./context";
import { auditRows, linkInstances, operationContext, outcomeOf, seedDag, seedInstance } from "./operation-fixtures";
import { restartInstance } from "./restart-instance";
import { resumeInstance } from "./resume-instance";
import { setSuccessInstance } from "./set-success-instance";
import { stopInstance } from "./stop-instance";
import { suspendInstance } from "./suspend-instance";

type Operate = (context: OperationContext, input: { instanceId: bigint }) => Promise<OperationOutcome>;

const OPERATIONS: Record<string, { operate: Operate; action: string }> = {
  stop: { operate: stopInstance, action: "StopInstance" },
  rerun: { operate: restartInstance, action: "RestartInstance" },
  setSuccess: { operate: setSuccessInstance, action: "SetSuccessInstance" },
  suspend: { operate: suspendInstance, action: "SuspendInstance" },
  resume: { operate: resumeInstance, action: "ResumeInstance" },
};

/**
 * The expected verdict per status, in INSTANCE_STATUSES order (NOT_RUN, WAIT_TIME, WAIT_RESOURCE,
 * RUNNING, CHECKING, CHECKING_CONDITION, FAILURE, SUCCESS): A applied, N no-op, R refused.
 * Written out by hand so that a change to the operation table has to change this test too.
 */
const EXPECTED: Record<string, { active: string; suspended: string }> = {
  stop: { active: "AAAAAANR", suspended: "AAAAAANR" },
  rerun: { active: "RRRRRRAA", suspended: "RRRRRRAA" },
  setSuccess: { active: "RRRRRRAN", suspended: "RRRRRRAN" },
  suspend: { active: "AAARRRRR", suspended: "NNNNNNNN" },
  resume: { active: "RRRRRRRR", suspended: "AAAAAAAA" },
};

/** The state an applied operation leaves, given the state it started from. */
function expectedAfter(operation: string, status: InstanceStatus, isSuspended: boolean): { status: string; isSuspended: boolean } {
  switch (operation) {
    case "stop":
      return { status: "FAILURE", isSuspended: false };
    case "rerun":
      return { status: "WAIT_TIME", isSuspended };
    case "setSuccess":
      return { status: "SUCCESS", isSuspended };
    case "suspend":
      return { status, isSuspended: true };
    default:
      return { status, isSuspended: false };
  }
}

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`instance operations on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    let dagId: bigint;
    const node = (name: string) => workspace.nodeIds.get(name)!;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: [{ name: "extract" }, { name: "load", parents: ["extract"] }, { name: "strict" }, { name: "careful" }],
      });
      await db.prisma.node.update({ where: { id: node("strict") }, data: { rerunMode: "ALL_DENIED" } });
      await db.prisma.node.update({ where: { id: node("careful") }, data: { rerunMode: "FAILURE_ALLOWED" } });
      dagId = await seedDag(db, workspace.projectId);
    });
    afterAll(async () => db?.drop());

    const instance = (status: InstanceStatus, extra: { isSuspended?: boolean; nodeName?: string } = {}) =>
      seedInstance(db, { projectId: workspace.projectId, nodeId: node(extra.nodeName ?? "extract"), dagId, status, isSuspended: extra.isSuspended });
    const rowOf = (id: bigint) => db.prisma.instance.findUniqueOrThrow({ where: { id } });

    for (const [operation, { operate, action }] of Object.entries(OPERATIONS)) {
      for (const isSuspended of [false, true]) {
        it(`answers ${operation} from every status${isSuspended ? " of a suspended instance" : ""} as the table says, with one audit row each`, async () => {
          const expected = isSuspended ? EXPECTED[operation]!.suspended : EXPECTED[operation]!.active;
          for (const [index, status] of INSTANCE_STATUSES.entries()) {
            const id = await instance(status, { isSuspended });
            const rowBefore = await rowOf(id);
            const logsBefore = await db.prisma.instanceLog.count({ where: { instanceId: id } });
            const auditBefore = await db.prisma.operation.count();
            const context = operationContext(db);

            const outcome = await outcomeOf(operate(context, { instanceId: id }));

            const verdict = expected[index];
            const label = `${operation} from ${status}${isSuspended ? " (suspended)" : ""}`;
            const wanted = { A: "APPLIED", N: "NOOP", R: "REFUSED" }[verdict as "A" | "N" | "R"];
            expect(outcome.result, label).toBe(wanted);
            const audit = await db.prisma.operation.findMany({ where: { id: { gt: auditBefore } }, orderBy: { id: "asc" } });
            expect(await db.prisma.operation.count(), label).toBe(auditBefore + 1);
            const stateBefore = JSON.stringify({ status, isSuspended });
            expect(audit[0], label).toMatchObject({
              action,
              operator: "alice",
              reason: "on-call check",
              targetType: "instance",
              targetId: id,
              projectId: workspace.projectId,
              requestId: context.requestId,
              result: wanted,
              before: stateBefore,
              at: BigInt(context.now),
            });
            const rowAfter = await rowOf(id);
            if (verdict === "A") {
              expect(audit[0]!.after, label).toBe(JSON.stringify(expectedAfter(operation, status, isSuspended)));
              expect({ status: rowAfter.status, isSuspended: rowAfter.isSuspended }, label).toEqual(expectedAfter(operation, status, isSuspended));
            } else {
              expect(audit[0]!.after, label).toBe(stateBefore);
              expect(rowAfter, label).toEqual(rowBefore);
              expect(await db.prisma.instanceLog.count({ where: { instanceId: id } }), label).toBe(logsBefore);
            }
            if (verdict === "R") {
              expect(outcome.code, label).toBe("Invalid.Instance.StatusNotAllowed");
              expect(audit[0]!.errorCode, label).toBe("Invalid.Instance.StatusNotAllowed");
            }
          }
        });
      }
    }

    it("stops a running instance: FAILURE, no automatic rerun, the operator in the log, and a kill request on the bus", async () => {
      const id = await instance("RUNNING");
      const context = operationContext(db, { reason: "runaway query" });
      const stopRequests: bigint[] = [];
      const transitions: string[] = [];
      context.events.on("instance:stopRequested", (event) => stopRequests.push(event.instanceId));
      context.events.on("instance:statusChanged", (event) => transitions.push(`${event.from}->${event.to}`));

      await stopInstance(context, { instanceId: id });

      expect(stopRequests).toEqual([id]);
      expect(transitions).toEqual(["RUNNING->FAILURE"]);
      const row = await rowOf(id);
      expect(row).toMatchObject({ status: "FAILURE", rerunsLeft: 0, errorMessage: "stopped by alice: runaway query", finishTime: BigInt(context.now) });
      const logs = await db.prisma.instanceLog.findMany({ where: { instanceId: id } });
      expect(logs.map((log) => log.text).join("")).toContain("stopped by alice: runaway query");
    });

    it("stops a waiting instance without a kill request and without releasing its children", async () => {
      const parent = await instance("WAIT_TIME");
      const child = await seedInstance(db, { projectId: workspace.projectId, nodeId: node("load"), dagId, status: "NOT_RUN", pendingParents: 1 });
      await linkInstances(db, parent, child);
      const context = operationContext(db);
      let stopRequests = 0;
      context.events.on("instance:stopRequested", () => stopRequests++);

      await stopInstance(context, { instanceId: parent });

      expect(stopRequests).toBe(0);
      expect(await rowOf(parent)).toMatchObject({ status: "FAILURE", rerunsLeft: 0 });
      expect(await rowOf(child)).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });
    });

    it("sets a failed instance to success and releases the child waiting on it", async () => {
      const parent = await instance("FAILURE");
      const child = await seedInstance(db, { projectId: workspace.projectId, nodeId: node("load"), dagId, status: "NOT_RUN", pendingParents: 1 });
      await linkInstances(db, parent, child);

      const outcome = await setSuccessInstance(operationContext(db), { instanceId: parent });

      expect(outcome).toEqual({
        result: "APPLIED",
        before: JSON.stringify({ status: "FAILURE", isSuspended: false }),
        after: JSON.stringify({ status: "SUCCESS", isSuspended: false }),
      });
      expect(await rowOf(child)).toMatchObject({ status: "WAIT_TIME", pendingParents: 0 });
      const logs = await db.prisma.instanceLog.findMany({ where: { instanceId: parent } });
      expect(logs.map((log) => log.text).join("")).toContain("set to success by alice: on-call check");
    });

    it("reruns a failed instance back to waiting, with its automatic reruns counted afresh and the request in its log", async () => {
      await db.prisma.node.update({ where: { id: node("extract") }, data: { autoRerunTimes: 3 } });
      const id = await instance("FAILURE");
      await db.prisma.instance.update({ where: { id }, data: { rerunsLeft: 0 } });

      await restartInstance(operationContext(db), { instanceId: id });

      expect(await rowOf(id)).toMatchObject({ status: "WAIT_TIME", rerunsLeft: 3, finishTime: null, exitCode: null, dueTime: BigInt(operationContext(db).now) });
      const logs = await db.prisma.instanceLog.findMany({ where: { instanceId: id } });
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatchObject({ attempt: 2 });
      expect(logs[0]!.text).toContain("rerun requested by alice: on-call check");
    });

    it("refuses reruns the node's rerun mode forbids: ALL_DENIED always, FAILURE_ALLOWED after success", async () => {
      const cases: [string, InstanceStatus, string][] = [
        ["strict", "FAILURE", "REFUSED"],
        ["strict", "SUCCESS", "REFUSED"],
        ["careful", "SUCCESS", "REFUSED"],
        ["careful", "FAILURE", "APPLIED"],
      ];
      for (const [nodeName, status, wanted] of cases) {
        const id = await instance(status, { nodeName });
        const before = await rowOf(id);
        const context = operationContext(db);
        const outcome = await outcomeOf(restartInstance(context, { instanceId: id }));
        expect(outcome.result, `${nodeName} ${status}`).toBe(wanted);
        const [row] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
        expect(row?.result).toBe(wanted);
        if (wanted === "REFUSED") {
          expect(outcome.code).toBe("Invalid.Instance.RerunDenied");
          expect(row?.errorCode).toBe("Invalid.Instance.RerunDenied");
          expect(await rowOf(id)).toEqual(before);
        }
      }
    });

    it("refuses an instance that does not exist with a 404, and records the refusal", async () => {
      const context = operationContext(db);
      const outcome = await outcomeOf(stopInstance(context, { instanceId: 99_999_999_999n }));
      expect(outcome).toMatchObject({ result: "REFUSED", code: "Invalid.Instance.NotExists", httpStatus: 404 });
      const rows = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ result: "REFUSED", targetId: 99_999_999_999n, errorCode: "Invalid.Instance.NotExists", before: "" });
    });

    it("answers a replayed request id with the first answer, without acting again or writing another row", async () => {
      const id = await instance("WAIT_TIME");
      const context = operationContext(db);
      const first = await stopInstance(context, { instanceId: id });
      // Put the instance back: a second stop that acted would fail it again and log again.
      await db.prisma.instance.update({ where: { id }, data: { status: "WAIT_TIME", finishTime: null } });
      const logsAfterFirst = await db.prisma.instanceLog.count({ where: { instanceId: id } });

      const again = await stopInstance({ ...context, now: context.now + 60_000 }, { instanceId: id });

      expect(again).toEqual(first);
      expect(first.result).toBe("APPLIED");
      expect((await rowOf(id)).status).toBe("WAIT_TIME");
      expect(await db.prisma.instanceLog.count({ where: { instanceId: id } })).toBe(logsAfterFirst);
      expect(await db.prisma.operation.count({ where: { requestId: context.requestId } })).toBe(1);
    });

    it("answers a replayed refusal with the same error code", async () => {
      const id = await instance("RUNNING");
      const context = operationContext(db);
      const first = await outcomeOf(setSuccessInstance(context, { instanceId: id }));
      await db.prisma.instance.update({ where: { id }, data: { status: "FAILURE" } });
      const again = await outcomeOf(setSuccessInstance(context, { instanceId: id }));
      expect(first).toMatchObject({ result: "REFUSED", code: "Invalid.Instance.StatusNotAllowed" });
      expect(again).toMatchObject({ result: "REFUSED", code: "Invalid.Instance.StatusNotAllowed", httpStatus: 400 });
      expect((await rowOf(id)).status).toBe("FAILURE");
      expect(await db.prisma.operation.count({ where: { requestId: context.requestId } })).toBe(1);
    });

    it("refuses a request id reused for another instance", async () => {
      const first = await instance("WAIT_TIME");
      const second = await instance("WAIT_TIME");
      const context = operationContext(db);
      await suspendInstance(context, { instanceId: first });
      const outcome = await outcomeOf(suspendInstance(context, { instanceId: second }));
      expect(outcome).toMatchObject({ result: "REFUSED", code: "Invalid.Wkbench.Parameter" });
      expect((await rowOf(second)).isSuspended).toBe(false);
    });

    it("judges operators racing on one instance one after the other: one stop applies, the rest are no-ops", async () => {
      const id = await instance("WAIT_RESOURCE");
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => stopInstance(operationContext(db), { instanceId: id })));
      expect(outcomes.map((outcome) => outcome.result).sort()).toEqual(["APPLIED", "NOOP", "NOOP", "NOOP", "NOOP"]);
      const rows = await db.prisma.operation.findMany({ where: { targetId: id } });
      expect(rows.map((row) => row.result).sort()).toEqual(["APPLIED", "NOOP", "NOOP", "NOOP", "NOOP"]);
      expect(await db.prisma.instanceLog.count({ where: { instanceId: id } })).toBe(1);
    });

    it("refuses an operation without an operator, and says so", async () => {
      const id = await instance("WAIT_TIME");
      const outcome = await outcomeOf(suspendInstance(operationContext(db, { operator: " " }), { instanceId: id }));
      expect(outcome).toMatchObject({ result: "REFUSED", code: "Invalid.Wkbench.Parameter" });
      expect((await rowOf(id)).isSuspended).toBe(false);
      expect((await auditRows(db)).at(-1)).toMatchObject({ result: "REFUSED", targetId: id });
    });
  });
}
