import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedWorkspace, type SeededWorkspace } from "../runtime/testing/seed";
import { storeDialects } from "../runtime/testing/dialects";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { allocateIds } from "./ids";
import {
  appendInstanceLog,
  inWriteTransaction,
  markFinished,
  materializePlan,
  refreshDagStatus,
  releaseChildren,
  resetForRerun,
  rollUpDagStatus,
  type InstancePlan,
  type PlanNodeRow,
} from "./instance-state";

const NOW = Date.UTC(2026, 0, 10, 2, 0, 0);
const CYCLE = Date.UTC(2026, 0, 10, 1, 0, 0);

describe("rollUpDagStatus", () => {
  it("keeps CREATED until something starts, then RUNNING, SUCCESS when all succeeded", () => {
    expect(rollUpDagStatus("CREATED", { WAIT_TIME: 2, NOT_RUN: 1 })).toBe("CREATED");
    expect(rollUpDagStatus("CREATED", { RUNNING: 1, NOT_RUN: 1 })).toBe("RUNNING");
    expect(rollUpDagStatus("RUNNING", { SUCCESS: 3 })).toBe("SUCCESS");
  });
  it("fails only when nothing can move any more", () => {
    expect(rollUpDagStatus("RUNNING", { FAILURE: 1, RUNNING: 1 })).toBe("RUNNING");
    expect(rollUpDagStatus("RUNNING", { FAILURE: 1, WAIT_TIME: 1 })).toBe("RUNNING");
    expect(rollUpDagStatus("RUNNING", { FAILURE: 1, NOT_RUN: 4, SUCCESS: 2 })).toBe("FAILURE");
  });
  it("goes back to RUNNING when a finished DAG gets an instance rerun", () => {
    expect(rollUpDagStatus("SUCCESS", { WAIT_TIME: 1, SUCCESS: 2 })).toBe("RUNNING");
  });
});

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`instance state transitions on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    let nodes: Map<bigint, PlanNodeRow>;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: [
          { name: "a", autoRerunTimes: 2, priority: 5, paramValues: "x=1" },
          { name: "b" },
          { name: "c", parents: ["a", "b"] },
          { name: "d", parents: ["c"] },
        ],
      });
      const rows = await db.prisma.node.findMany({ where: { projectId: workspace.projectId } });
      nodes = new Map(rows.map((row) => [row.id, row]));
    });
    afterAll(async () => db?.drop());

    const id = (name: string) => workspace.nodeIds.get(name)!;
    const plan = (): InstancePlan => ({
      instances: ["a", "b", "c", "d"].map((name) => ({ nodeId: id(name), cycTime: CYCLE, inGroupId: 1, taskType: "NORMAL" as const })),
      edges: [
        { parentIndex: 0, childIndex: 2 },
        { parentIndex: 1, childIndex: 2 },
        { parentIndex: 2, childIndex: 3 },
      ],
    });

    async function createDag(options: { afterDagId?: bigint; type?: "DAILY" | "SUPPLY_DATA" } = {}): Promise<bigint> {
      const dagId = await allocateIds(db.prisma, "dag", 1);
      await db.prisma.dag.create({
        data: {
          id: dagId,
          projectId: workspace.projectId,
          type: options.type ?? "DAILY",
          name: `dag_${dagId}`,
          status: "CREATED",
          bizdate: 0n,
          createUser: "tester",
          parallelism: options.afterDagId === undefined,
          afterDagId: options.afterDagId ?? null,
          createTime: BigInt(NOW),
          modifyTime: BigInt(NOW),
        },
      });
      return dagId;
    }

    async function materialize(dagId: bigint, extraPendingForRoots = 0): Promise<bigint[]> {
      return inWriteTransaction(db, (tx) =>
        materializePlan(tx, {
          projectId: workspace.projectId,
          dag: { id: dagId, type: "DAILY" },
          bizdate: "2026-01-09",
          timezone: workspace.timezone,
          plan: plan(),
          nodes,
          createUser: "tester",
          now: NOW,
          extraPendingForRoots,
        }),
      );
    }

    const statusOf = async (instanceId: bigint) => (await db.prisma.instance.findUniqueOrThrow({ where: { id: instanceId } })).status;

    it("creates instances waiting on their parents, copying the node's settings, and does not duplicate them", async () => {
      const dagId = await createDag();
      const ids = await materialize(dagId);
      const again = await materialize(dagId);
      expect(again).toEqual(ids);
      const rows = await db.prisma.instance.findMany({ where: { dagId }, orderBy: { id: "asc" } });
      expect(rows).toHaveLength(4);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const a = byId.get(ids[0]!)!;
      expect(a).toMatchObject({ status: "WAIT_TIME", pendingParents: 0, priority: 5, paramValues: "x=1", rerunsLeft: 2, dueTime: BigInt(CYCLE) });
      expect(a.beginWaitTimeTime).toBe(BigInt(NOW));
      expect(byId.get(ids[1]!)!.rerunsLeft).toBeNull();
      expect(byId.get(ids[2]!)).toMatchObject({ status: "NOT_RUN", pendingParents: 2 });
      expect(byId.get(ids[3]!)).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });
      expect(await db.prisma.instanceEdge.count({ where: { childId: { in: ids } } })).toBe(3);
    });

    it("releases a child only when all its parents succeeded", async () => {
      const dagId = await createDag();
      const [a, b, c, d] = await materialize(dagId);
      await inWriteTransaction(db, (tx) => markFinished(tx, a!, "SUCCESS", NOW, { exitCode: 0 }));
      expect(await statusOf(c!)).toBe("NOT_RUN");
      expect((await db.prisma.instance.findUniqueOrThrow({ where: { id: c! } })).pendingParents).toBe(1);
      await inWriteTransaction(db, (tx) => markFinished(tx, b!, "SUCCESS", NOW + 1, { exitCode: 0 }));
      const child = await db.prisma.instance.findUniqueOrThrow({ where: { id: c! } });
      expect(child).toMatchObject({ status: "WAIT_TIME", pendingParents: 0, beginWaitTimeTime: BigInt(NOW + 1) });
      expect(await statusOf(d!)).toBe("NOT_RUN");
      expect(await inWriteTransaction(db, (tx) => releaseChildren(tx, [a!, b!], NOW + 2))).toEqual([]);
    });

    it("does not release children of a failure and rolls the DAG up to FAILURE when nothing can move", async () => {
      const dagId = await createDag();
      const [a, b, c] = await materialize(dagId);
      await inWriteTransaction(db, (tx) => markFinished(tx, a!, "SUCCESS", NOW, {}));
      expect((await db.prisma.dag.findUniqueOrThrow({ where: { id: dagId } })).status).toBe("RUNNING");
      await inWriteTransaction(db, (tx) => markFinished(tx, b!, "FAILURE", NOW + 5, { exitCode: 3, errorMessage: "boom" }));
      expect(await statusOf(c!)).toBe("NOT_RUN");
      const failed = await db.prisma.instance.findUniqueOrThrow({ where: { id: b! } });
      expect(failed).toMatchObject({ status: "FAILURE", exitCode: 3, errorMessage: "boom", finishTime: BigInt(NOW + 5) });
      const dag = await db.prisma.dag.findUniqueOrThrow({ where: { id: dagId } });
      expect(dag).toMatchObject({ status: "FAILURE", startTime: BigInt(NOW), finishTime: BigInt(NOW + 5) });
    });

    it("refuses to finish an instance whose guard no longer matches", async () => {
      const dagId = await createDag();
      const [a] = await materialize(dagId);
      const applied = await inWriteTransaction(db, (tx) => markFinished(tx, a!, "SUCCESS", NOW, {}, { statuses: ["RUNNING"] }));
      expect(applied).toBe(false);
      expect(await statusOf(a!)).toBe("WAIT_TIME");
    });

    it("resets a rerun to NOT_RUN while a parent is unfinished and to WAIT_TIME once all parents succeeded", async () => {
      const dagId = await createDag();
      const [a, b, c] = await materialize(dagId);
      await inWriteTransaction(db, (tx) => markFinished(tx, a!, "SUCCESS", NOW, {}));
      await inWriteTransaction(db, (tx) => markFinished(tx, c!, "FAILURE", NOW, { exitCode: 1, errorMessage: "x" }));
      await db.prisma.instance.update({ where: { id: a! }, data: { rerunsLeft: 0 } });
      await inWriteTransaction(db, (tx) => resetForRerun(tx, c!, NOW + 10, { resetAutoReruns: false }));
      expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: c! } })).toMatchObject({
        status: "NOT_RUN", pendingParents: 1, exitCode: null, errorMessage: "", finishTime: null, dueTime: BigInt(NOW + 10),
      });
      await inWriteTransaction(db, (tx) => markFinished(tx, b!, "SUCCESS", NOW + 20, {}));
      expect(await statusOf(c!)).toBe("WAIT_TIME");
      await inWriteTransaction(db, (tx) => markFinished(tx, a!, "FAILURE", NOW + 30, {}));
      await inWriteTransaction(db, (tx) => resetForRerun(tx, a!, NOW + 40, { resetAutoReruns: true }));
      expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: a! } })).toMatchObject({ status: "WAIT_TIME", pendingParents: 0, rerunsLeft: 2 });
    });

    it("holds the roots of a serial backfill DAG until the DAG before it succeeds", async () => {
      const first = await createDag({ type: "SUPPLY_DATA" });
      const second = await createDag({ type: "SUPPLY_DATA", afterDagId: first });
      const firstIds = await materialize(first);
      const secondIds = await materialize(second, 1);
      expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: secondIds[0]! } })).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });
      expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: secondIds[2]! } })).toMatchObject({ status: "NOT_RUN", pendingParents: 2 });
      for (const instanceId of firstIds.slice(0, 3)) await inWriteTransaction(db, (tx) => markFinished(tx, instanceId, "SUCCESS", NOW, {}));
      expect(await statusOf(secondIds[0]!)).toBe("NOT_RUN");
      await inWriteTransaction(db, (tx) => markFinished(tx, firstIds[3]!, "SUCCESS", NOW + 1, {}));
      expect((await db.prisma.dag.findUniqueOrThrow({ where: { id: first } })).status).toBe("SUCCESS");
      expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: secondIds[0]! } })).toMatchObject({ status: "WAIT_TIME", pendingParents: 0 });
      expect(await statusOf(secondIds[1]!)).toBe("WAIT_TIME");
      expect(await statusOf(secondIds[2]!)).toBe("NOT_RUN");
    });

    it("appends log chunks in order, inside or outside a transaction", async () => {
      const dagId = await createDag();
      const [a] = await materialize(dagId);
      await appendInstanceLog(db.prisma, a!, 1, "first\n", NOW);
      await inWriteTransaction(db, (tx) => appendInstanceLog(tx, a!, 1, "second\n", NOW + 1));
      const log = await db.prisma.instanceLog.findMany({ where: { instanceId: a! }, orderBy: { id: "asc" } });
      expect(log.map((entry) => entry.text).join("")).toBe("first\nsecond\n");
    });

    it("refreshes a DAG without instances without changing it", async () => {
      const dagId = await createDag();
      await inWriteTransaction(db, (tx) => refreshDagStatus(tx, [dagId], NOW));
      expect((await db.prisma.dag.findUniqueOrThrow({ where: { id: dagId } })).status).toBe("CREATED");
    });
  });
}
