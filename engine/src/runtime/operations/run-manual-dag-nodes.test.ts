import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import { FIXTURE_NOW, operationContext, refusalOf } from "./operation-fixtures";
import { runManualDagNodes, type RunManualDagNodesInput } from "./run-manual-dag-nodes";

// FIXTURE_NOW is 2026-03-10 12:00 in Shanghai: today − 1 day is 2026-03-09.
const YESTERDAY = "2026-03-09";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`manual DAG run (RunManualDagNodes) on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    const node = (name: string) => workspace.nodeIds.get(name)!;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: [
          { name: "prepare", schedulerType: "MANUAL", paramValues: "day=${run_day} mode=delta" },
          { name: "publish", schedulerType: "MANUAL", parents: ["prepare"], cronExpress: "00 00 00-23/1 * * ?" },
          { name: "notify", schedulerType: "MANUAL", parents: ["publish"] },
          { name: "scheduled", parents: ["prepare"] },
          { name: "other_flow", schedulerType: "MANUAL" },
        ],
      });
      for (const name of ["prepare", "publish", "notify", "scheduled"]) {
        await db.prisma.node.update({ where: { id: node(name) }, data: { businessName: "release" } });
      }
      await db.prisma.node.update({ where: { id: node("other_flow") }, data: { businessName: "cleanup" } });
    });
    afterAll(async () => db?.drop());

    const run = (overrides: Partial<RunManualDagNodesInput> = {}): RunManualDagNodesInput => ({
      projectId: workspace.projectId,
      flowName: "release",
      bizdate: YESTERDAY,
      ...overrides,
    });

    it("runs the flow's manual nodes once each, with their dependencies, in one MANUAL DAG", async () => {
      const context = operationContext(db);
      const dagId = await runManualDagNodes(context, run());

      const dag = await db.prisma.dag.findUniqueOrThrow({ where: { id: dagId } });
      expect(dag).toMatchObject({ type: "MANUAL", name: "release", createUser: "alice", projectId: workspace.projectId });
      const instances = await db.prisma.instance.findMany({ where: { dagId } });
      const byNode = new Map(instances.map((instance) => [instance.nodeId, instance]));
      expect([...byNode.keys()].sort()).toEqual([node("prepare"), node("publish"), node("notify")].sort());
      expect(instances).toHaveLength(3);
      expect(byNode.get(node("prepare"))).toMatchObject({ status: "WAIT_TIME", taskType: "MANUAL", dueTime: BigInt(FIXTURE_NOW), createUser: "alice" });
      expect(byNode.get(node("publish"))).toMatchObject({ status: "NOT_RUN", pendingParents: 1, taskType: "MANUAL" });
      expect(byNode.get(node("notify"))).toMatchObject({ status: "NOT_RUN", pendingParents: 1 });
      const [audit] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(audit).toMatchObject({ action: "RunManualDagNodes", result: "APPLIED", targetType: "workspace", targetId: workspace.projectId });
    });

    it("runs only the included nodes and runs the excluded ones dry", async () => {
      const dagId = await runManualDagNodes(operationContext(db), run({ includeNodeIds: [node("prepare"), node("publish")], excludeNodeIds: [node("publish")] }));
      const instances = await db.prisma.instance.findMany({ where: { dagId } });
      const taskTypes = Object.fromEntries(instances.map((instance) => [String(instance.nodeId), instance.taskType]));
      expect(taskTypes).toEqual({ [String(node("prepare"))]: "MANUAL", [String(node("publish"))]: "SKIP" });
    });

    it("applies DagParameters to every instance, through references and as added values, after NodeParameters", async () => {
      const dagId = await runManualDagNodes(
        operationContext(db),
        run({ dagParameters: { run_day: "20260309" }, nodeParameters: { [String(node("notify"))]: "channel=ops" } }),
      );
      const instances = await db.prisma.instance.findMany({ where: { dagId } });
      const paramsOf = (name: string) => instances.find((instance) => instance.nodeId === node(name))?.paramValues;
      expect(paramsOf("prepare")).toBe("day=20260309 mode=delta run_day=20260309");
      expect(paramsOf("notify")).toBe("channel=ops run_day=20260309");
      expect(paramsOf("publish")).toBe("run_day=20260309");
    });

    const refusals: [string, () => Partial<RunManualDagNodesInput>, string, RegExp][] = [
      ["a bizdate of today", () => ({ bizdate: "2026-03-10" }), "Invalid.Wkbench.Parameter", /BizDate 2026-03-10 must be 2026-03-09 \(today − 1 day\) or earlier/],
      ["a bizdate with a time of day", () => ({ bizdate: "2026-03-09 08:00:00" }), "Invalid.Wkbench.Parameter", /BizDate: must be a date/],
      ["a flow that does not exist", () => ({ flowName: "nothing" }), "Invalid.Wkbench.Parameter", /FlowName: project \d+ has no manual business flow "nothing"/],
      ["a node of another flow", () => ({ includeNodeIds: [node("other_flow")] }), "Invalid.Wkbench.Parameter", /IncludeNodeIds: \d+ is not a node of the manual flow "release"/],
      ["a scheduled node of the flow", () => ({ excludeNodeIds: [node("scheduled")] }), "Invalid.Wkbench.Parameter", /ExcludeNodeIds: \d+ is not a node/],
      ["a project that does not exist", () => ({ projectId: 77n }), "Invalid.Tenant.ProjectNotExists", /project 77 does not exist/],
      ["a DagParameters value with a space", () => ({ dagParameters: { run_day: "a b" } }), "Invalid.Wkbench.Parameter", /DagParameters: the value of "run_day"/],
    ];
    for (const [label, overrides, code, message] of refusals) {
      it(`refuses ${label}, naming the parameter, and creates nothing`, async () => {
        const dagsBefore = await db.prisma.dag.count();
        const context = operationContext(db);
        const error = await refusalOf(runManualDagNodes(context, run(overrides())));
        expect(error.code).toBe(code);
        expect(error.message).toMatch(message);
        expect(await db.prisma.dag.count()).toBe(dagsBefore);
        const rows = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ result: "REFUSED", errorCode: code });
      });
    }
  });
}
