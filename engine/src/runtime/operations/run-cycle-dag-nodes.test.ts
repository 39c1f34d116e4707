import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bizdateEpoch } from "../../schedule/calendar";
import { inWriteTransaction, markFinished } from "../../store/instance-state";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import { operationContext, refusalOf } from "./operation-fixtures";
import { runCycleDagNodes, type RunCycleDagNodesInput } from "./run-cycle-dag-nodes";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`backfill (RunCycleDagNodes) on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    let otherWorkspace: SeededWorkspace;
    const node = (name: string) => workspace.nodeIds.get(name)!;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: [
          { name: "extract", paramValues: "region=eu" },
          { name: "clean", parents: ["extract"] },
          { name: "report", parents: ["clean"] },
          { name: "hourly", cronExpress: "00 00 00-23/1 * * ?" },
        ],
      });
      otherWorkspace = await seedWorkspace(db, { nodes: [{ name: "elsewhere" }] });
    });
    afterAll(async () => db?.drop());

    const backfill = (overrides: Partial<RunCycleDagNodesInput> = {}): RunCycleDagNodesInput => ({
      name: "refill_march",
      rootNodeId: node("extract"),
      includeNodeIds: [node("extract"), node("clean"), node("report")],
      excludeNodeIds: [],
      startBizdate: "2026-03-01",
      endBizdate: "2026-03-03",
      parallelism: true,
      ...overrides,
    });

    it("creates one SUPPLY_DATA DAG per bizdate sharing one OpSeq, due at once, with excluded nodes run dry", async () => {
      const context = operationContext(db);
      const dagIds = await runCycleDagNodes(context, backfill({ excludeNodeIds: [node("clean")] }));

      expect(dagIds).toHaveLength(3);
      const dags = await db.prisma.dag.findMany({ where: { id: { in: dagIds } }, orderBy: { id: "asc" } });
      expect(dags.map((dag) => dag.id)).toEqual(dagIds);
      expect(new Set(dags.map((dag) => dag.opSeq)).size).toBe(1);
      expect(dags[0]!.opSeq).not.toBeNull();
      expect(dags.map((dag) => dag.bizdate)).toEqual(
        ["2026-03-01", "2026-03-02", "2026-03-03"].map((bizdate) => BigInt(bizdateEpoch(bizdate, workspace.timezone))),
      );
      for (const dag of dags) {
        expect(dag).toMatchObject({ type: "SUPPLY_DATA", name: "refill_march", createUser: "alice", status: "CREATED", afterDagId: null, projectId: workspace.projectId });
      }
      const instances = await db.prisma.instance.findMany({ where: { dagId: dagIds[0] } });
      const byNode = new Map(instances.map((instance) => [instance.nodeId, instance]));
      expect(instances).toHaveLength(3);
      expect(byNode.get(node("extract"))).toMatchObject({ status: "WAIT_TIME", taskType: "NORMAL", createUser: "alice", dueTime: BigInt(context.now), dagType: "SUPPLY_DATA" });
      expect(byNode.get(node("clean"))).toMatchObject({ status: "NOT_RUN", taskType: "SKIP", pendingParents: 1 });
      expect(byNode.get(node("report"))).toMatchObject({ status: "NOT_RUN", taskType: "NORMAL", pendingParents: 1 });
      expect(instances.every((instance) => instance.dueTime === BigInt(context.now))).toBe(true);
      expect(await db.prisma.instanceEdge.count({ where: { childId: { in: instances.map((instance) => instance.id) } } })).toBe(2);

      const [audit] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(audit).toMatchObject({ action: "RunCycleDagNodes", result: "APPLIED", targetType: "node", targetId: node("extract"), projectId: workspace.projectId });
      expect(JSON.parse(audit!.after)).toEqual({ opSeq: String(dags[0]!.opSeq), dagIds: dagIds.map(String) });
    });

    it("chains the DAGs one bizdate after another when Parallelism is false", async () => {
      const dagIds = await runCycleDagNodes(operationContext(db), backfill({ parallelism: false }));
      const dags = await db.prisma.dag.findMany({ where: { id: { in: dagIds } }, orderBy: { id: "asc" } });
      expect(dags.map((dag) => dag.afterDagId)).toEqual([null, dagIds[0], dagIds[1]]);
      expect(dags.every((dag) => dag.parallelism === false)).toBe(true);
      const rootOf = (dagId: bigint) => db.prisma.instance.findFirstOrThrow({ where: { dagId, nodeId: node("extract") } });
      expect(await rootOf(dagIds[0]!)).toMatchObject({ status: "WAIT_TIME", pendingParents: 0 });
      expect(await rootOf(dagIds[1]!)).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });
      expect(await rootOf(dagIds[2]!)).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });

      // When the first day's DAG succeeds, the second day's is released, and only that one.
      const firstDay = await db.prisma.instance.findMany({ where: { dagId: dagIds[0] }, orderBy: { id: "asc" } });
      const now = operationContext(db).now + 1_000;
      await inWriteTransaction(db, async (tx) => {
        for (const instance of firstDay) await markFinished(tx, instance.id, "SUCCESS", now, {});
      });
      expect(await rootOf(dagIds[1]!)).toMatchObject({ status: "WAIT_TIME", pendingParents: 0 });
      expect(await rootOf(dagIds[2]!)).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });
    });

    it("backfills a single day when the start and end bizdates are equal", async () => {
      const dagIds = await runCycleDagNodes(operationContext(db), backfill({ startBizdate: "2026-02-28 00:00:00", endBizdate: "2026-02-28 00:00:00" }));
      expect(dagIds).toHaveLength(1);
    });

    it("keeps only the hourly cycles between BizBeginTime and BizEndTime", async () => {
      const dagIds = await runCycleDagNodes(
        operationContext(db),
        backfill({ rootNodeId: node("hourly"), includeNodeIds: [node("hourly")], startBizdate: "2026-03-01", endBizdate: "2026-03-01", bizBeginTime: "01:00:00", bizEndTime: "03:00:00" }),
      );
      const instances = await db.prisma.instance.findMany({ where: { dagId: dagIds[0] }, orderBy: { cycTime: "asc" } });
      expect(instances.map((instance) => instance.inGroupId)).toEqual([2, 3, 4]);
    });

    it("gives the instances the NodeParams asked for, and the others their node's own", async () => {
      const dagIds = await runCycleDagNodes(
        operationContext(db),
        backfill({ startBizdate: "2026-03-05", endBizdate: "2026-03-05", nodeParams: { [String(node("clean"))]: "mode=full" } }),
      );
      const instances = await db.prisma.instance.findMany({ where: { dagId: dagIds[0] } });
      const paramsOf = (name: string) => instances.find((instance) => instance.nodeId === node(name))?.paramValues;
      expect(paramsOf("clean")).toBe("mode=full");
      expect(paramsOf("extract")).toBe("region=eu");
    });

    const refusals: [string, () => Partial<RunCycleDagNodesInput>, string, RegExp][] = [
      ["an end before the start", () => ({ startBizdate: "2026-03-05", endBizdate: "2026-03-01" }), "Invalid.Wkbench.Parameter", /EndBizDate 2026-03-01 is before StartBizDate 2026-03-05/],
      ["more than 366 days", () => ({ startBizdate: "2025-01-01", endBizdate: "2026-01-02" }), "Invalid.Wkbench.Parameter", /spans 367 days; at most 366/],
      ["an unknown node", () => ({ includeNodeIds: [node("extract"), 123_456n] }), "Invalid.Node.NotExists", /IncludeNodeIds: the node 123456 does not exist/],
      ["an unknown excluded node", () => ({ excludeNodeIds: [654_321n] }), "Invalid.Node.NotExists", /ExcludeNodeIds: the node 654321 does not exist/],
      ["a root that is not included", () => ({ includeNodeIds: [node("clean")] }), "Invalid.Wkbench.Parameter", /RootNodeId \d+ must be one of IncludeNodeIds/],
      ["nodes of two projects", () => ({ includeNodeIds: [node("extract"), otherWorkspace.nodeIds.get("elsewhere")!] }), "Invalid.Wkbench.Parameter", /nodes of one project/],
      ["a date that is not a date", () => ({ startBizdate: "2026-02-30" }), "Invalid.Wkbench.Parameter", /StartBizDate: is not a calendar date/],
      ["a window that ends before it begins", () => ({ bizBeginTime: "05:00:00", bizEndTime: "04:00:00" }), "Invalid.Wkbench.Parameter", /BizBeginTime 05:00:00 is after BizEndTime 04:00:00/],
      ["NodeParams for a node outside the backfill", () => ({ nodeParams: { [String(node("hourly"))]: "a=1" } }), "Invalid.Wkbench.Parameter", /NodeParams names node \d+, which this run does not include/],
      ["another project's ID", () => ({ projectId: otherWorkspace.projectId }), "Invalid.Wkbench.Parameter", /not to ProjectId/],
    ];
    for (const [label, overrides, code, message] of refusals) {
      it(`refuses ${label}, naming the parameter, and creates nothing`, async () => {
        const dagsBefore = await db.prisma.dag.count();
        const instancesBefore = await db.prisma.instance.count();
        const context = operationContext(db);
        const error = await refusalOf(runCycleDagNodes(context, backfill(overrides())));
        expect(error.code).toBe(code);
        expect(error.message).toMatch(message);
        expect(error.httpStatus).toBe(code.endsWith("NotExists") ? 404 : 400);
        expect(await db.prisma.dag.count()).toBe(dagsBefore);
        expect(await db.prisma.instance.count()).toBe(instancesBefore);
        const rows = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ action: "RunCycleDagNodes", result: "REFUSED", errorCode: code });
      });
    }

    it("answers a replayed backfill with the same DAGs and creates no more", async () => {
      const context = operationContext(db);
      const first = await runCycleDagNodes(context, backfill({ startBizdate: "2026-01-10", endBizdate: "2026-01-11" }));
      const dagsAfterFirst = await db.prisma.dag.count();
      const again = await runCycleDagNodes(context, backfill({ startBizdate: "2026-01-10", endBizdate: "2026-01-11" }));
      expect(again).toEqual(first);
      expect(await db.prisma.dag.count()).toBe(dagsAfterFirst);
      expect(await db.prisma.operation.count({ where: { requestId: context.requestId } })).toBe(1);
    });
  });
}
