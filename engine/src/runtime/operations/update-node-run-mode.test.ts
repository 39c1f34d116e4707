import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bizdateEpoch } from "../../schedule/calendar";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import { operationContext, outcomeOf, seedDag, seedInstance, type SeedInstance } from "./operation-fixtures";
import { updateNodeRunMode } from "./update-node-run-mode";

// FIXTURE_NOW is 2026-03-10 in Shanghai: the current bizdate is 2026-03-09.
const CURRENT = "2026-03-09";
const NEXT = "2026-03-10";
const EARLIER = "2026-03-08";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`freeze and unfreeze (UpdateNodeRunMode) on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    const node = (name: string) => workspace.nodeIds.get(name)!;
    const epoch = (bizdate: string) => bizdateEpoch(bizdate, workspace.timezone);

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: [{ name: "extract" }, { name: "dry", schedulerType: "SKIP" }, { name: "by_hand", schedulerType: "MANUAL" }],
      });
    });
    afterAll(async () => db?.drop());

    async function instanceOf(seed: Omit<SeedInstance, "projectId" | "dagId"> & { dagType?: "DAILY" | "SUPPLY_DATA" }): Promise<bigint> {
      const dagId = await seedDag(db, workspace.projectId, { type: seed.dagType ?? "DAILY", bizdate: seed.bizdate });
      return seedInstance(db, { ...seed, projectId: workspace.projectId, dagId });
    }
    const taskTypeOf = async (id: bigint) => (await db.prisma.instance.findUniqueOrThrow({ where: { id } })).taskType;

    it("freezes a node and the cycle instances of the current bizdate and later that have not started", async () => {
      const nodeId = node("extract");
      const waitingToday = await instanceOf({ nodeId, status: "WAIT_TIME", bizdate: epoch(CURRENT) });
      const waitingTomorrow = await instanceOf({ nodeId, status: "NOT_RUN", bizdate: epoch(NEXT) });
      const runningToday = await instanceOf({ nodeId, status: "RUNNING", bizdate: epoch(CURRENT) });
      const waitingEarlier = await instanceOf({ nodeId, status: "WAIT_RESOURCE", bizdate: epoch(EARLIER) });
      const backfill = await instanceOf({ nodeId, status: "WAIT_TIME", bizdate: epoch(CURRENT), dagType: "SUPPLY_DATA" });
      const context = operationContext(db);

      const outcome = await updateNodeRunMode(context, { nodeId, schedulerType: 2 });

      expect(outcome).toEqual({
        result: "APPLIED",
        before: JSON.stringify({ schedulerType: "NORMAL" }),
        after: JSON.stringify({ schedulerType: "PAUSE", instancesUpdated: 2 }),
      });
      expect((await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } })).schedulerType).toBe("PAUSE");
      expect(await taskTypeOf(waitingToday)).toBe("PAUSE");
      expect(await taskTypeOf(waitingTomorrow)).toBe("PAUSE");
      expect(await taskTypeOf(runningToday)).toBe("NORMAL");
      expect(await taskTypeOf(waitingEarlier)).toBe("NORMAL");
      expect(await taskTypeOf(backfill)).toBe("NORMAL");
      const [audit] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(audit).toMatchObject({ action: "UpdateNodeRunMode", targetType: "node", targetId: nodeId, result: "APPLIED", operator: "alice" });

      const again = await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 2 });
      expect(again).toEqual({ result: "NOOP", before: JSON.stringify({ schedulerType: "PAUSE" }), after: JSON.stringify({ schedulerType: "PAUSE" }) });

      const unfrozen = await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 0 });
      expect(unfrozen.after).toBe(JSON.stringify({ schedulerType: "NORMAL", instancesUpdated: 2 }));
      expect(await taskTypeOf(waitingToday)).toBe("NORMAL");
      expect(await taskTypeOf(waitingTomorrow)).toBe("NORMAL");
      const unfrozenAgain = await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 0 });
      expect(unfrozenAgain.result).toBe("NOOP");
      expect(await db.prisma.operation.count({ where: { action: "UpdateNodeRunMode", targetId: nodeId } })).toBe(4);
    });

    it("changes nothing but the audit table on a no-op", async () => {
      const nodeId = node("extract");
      const waiting = await instanceOf({ nodeId, status: "WAIT_TIME", bizdate: epoch(CURRENT) });
      const nodeBefore = await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } });
      const instanceBefore = await db.prisma.instance.findUniqueOrThrow({ where: { id: waiting } });
      const outcome = await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 0 });
      expect(outcome.result).toBe("NOOP");
      expect(await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } })).toEqual(nodeBefore);
      expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: waiting } })).toEqual(instanceBefore);
    });

    it("freezes a dry-run node to PAUSE and unfreezes it to NORMAL", async () => {
      const nodeId = node("dry");
      const waiting = await instanceOf({ nodeId, status: "WAIT_TIME", bizdate: epoch(CURRENT), taskType: "SKIP" });
      expect((await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 0 })).result).toBe("NOOP");
      await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 2 });
      expect(await taskTypeOf(waiting)).toBe("PAUSE");
      await updateNodeRunMode(operationContext(db), { nodeId, schedulerType: 0 });
      expect((await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } })).schedulerType).toBe("NORMAL");
      expect(await taskTypeOf(waiting)).toBe("NORMAL");
    });

    it("refuses to freeze a manual node, an unknown node, and a scheduler type other than 0 or 2", async () => {
      const manual = await outcomeOf(updateNodeRunMode(operationContext(db), { nodeId: node("by_hand"), schedulerType: 2 }));
      expect(manual).toMatchObject({ result: "REFUSED", code: "Invalid.Wkbench.Parameter" });
      expect(manual.message).toMatch(/manual node/);
      expect((await db.prisma.node.findUniqueOrThrow({ where: { id: node("by_hand") } })).schedulerType).toBe("MANUAL");
      const unknown = await outcomeOf(updateNodeRunMode(operationContext(db), { nodeId: 5n, schedulerType: 2 }));
      expect(unknown).toMatchObject({ result: "REFUSED", code: "Invalid.Node.NotExists", httpStatus: 404 });
      const context = operationContext(db);
      const badType = await outcomeOf(updateNodeRunMode(context, { nodeId: node("extract"), schedulerType: 1 as 0 }));
      expect(badType).toMatchObject({ result: "REFUSED", code: "Invalid.Wkbench.Parameter" });
      expect(badType.message).toMatch(/SchedulerType: must be 0 \(unfreeze\) or 2 \(freeze\)/);
      const [audit] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(audit).toMatchObject({ result: "REFUSED", targetId: node("extract"), errorCode: "Invalid.Wkbench.Parameter" });
    });
  });
}
