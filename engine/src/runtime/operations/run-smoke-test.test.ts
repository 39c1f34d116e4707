import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import { operationContext, refusalOf } from "./operation-fixtures";
import { runSmokeTest } from "./run-smoke-test";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`smoke test (RunSmokeTest) on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    const node = (name: string) => workspace.nodeIds.get(name)!;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: [
          { name: "extract" },
          { name: "clean", parents: ["extract"], paramValues: "mode=delta" },
          { name: "frozen", schedulerType: "PAUSE" },
          { name: "hourly", cronExpress: "00 30 00-23/1 * * ?" },
        ],
      });
    });
    afterAll(async () => db?.drop());

    it("runs the node alone, without its parents, in one SMOKE_TEST DAG due at once", async () => {
      const context = operationContext(db);
      const dagId = await runSmokeTest(context, { nodeId: node("clean"), bizdate: "2026-03-01", name: "try_clean" });

      const dag = await db.prisma.dag.findUniqueOrThrow({ where: { id: dagId } });
      expect(dag).toMatchObject({ type: "SMOKE_TEST", name: "try_clean", createUser: "alice", projectId: workspace.projectId, opSeq: null });
      const instances = await db.prisma.instance.findMany({ where: { dagId } });
      expect(instances).toHaveLength(1);
      expect(instances[0]).toMatchObject({
        nodeId: node("clean"),
        status: "WAIT_TIME",
        pendingParents: 0,
        taskType: "NORMAL",
        dagType: "SMOKE_TEST",
        paramValues: "mode=delta",
        dueTime: BigInt(context.now),
      });
      expect(await db.prisma.instanceEdge.count({ where: { childId: instances[0]!.id } })).toBe(0);
      const [audit] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(audit).toMatchObject({ action: "RunSmokeTest", result: "APPLIED", targetType: "node", targetId: node("clean"), after: JSON.stringify({ dagId: String(dagId) }) });
    });

    it("tests an hourly node on its first cycle of the bizdate", async () => {
      const dagId = await runSmokeTest(operationContext(db), { nodeId: node("hourly"), bizdate: "2026-03-01 00:00:00", name: "try_hourly" });
      const instances = await db.prisma.instance.findMany({ where: { dagId } });
      expect(instances.map((instance) => instance.inGroupId)).toEqual([1]);
    });

    it("runs a frozen node's command all the same: a test is asked for explicitly", async () => {
      const dagId = await runSmokeTest(operationContext(db), { nodeId: node("frozen"), bizdate: "2026-03-01", name: "try_frozen" });
      const [instance] = await db.prisma.instance.findMany({ where: { dagId } });
      expect(instance?.taskType).toBe("NORMAL");
    });

    it("accepts NodeParams as a plain k=v list or as JSON keyed by node ID, quoted or not", async () => {
      const id = node("clean");
      const forms = ["mode=full day=1", `{"${id}": "mode=full day=1"}`, `{${id}:"mode=full day=1"}`];
      for (const nodeParams of forms) {
        const dagId = await runSmokeTest(operationContext(db), { nodeId: id, bizdate: "2026-03-01", name: "try_params", nodeParams });
        const [instance] = await db.prisma.instance.findMany({ where: { dagId } });
        expect(instance?.paramValues, nodeParams).toBe("mode=full day=1");
      }
    });

    it("refuses NodeParams for another node, naming the parameter", async () => {
      const error = await refusalOf(
        runSmokeTest(operationContext(db), { nodeId: node("clean"), bizdate: "2026-03-01", name: "x", nodeParams: `{"${node("extract")}": "a=1"}` }),
      );
      expect(error.code).toBe("Invalid.Wkbench.Parameter");
      expect(error.message).toMatch(/NodeParams names node \d+, which this run does not include/);
    });

    it("refuses malformed NodeParams, an unknown node and a bad bizdate, creating nothing", async () => {
      const dagsBefore = await db.prisma.dag.count();
      const malformed = await refusalOf(runSmokeTest(operationContext(db), { nodeId: node("clean"), bizdate: "2026-03-01", name: "x", nodeParams: "novalue" }));
      expect(malformed.message).toMatch(/NodeParams: Malformed parameter "novalue"/);
      const unknown = await refusalOf(runSmokeTest(operationContext(db), { nodeId: 42n, bizdate: "2026-03-01", name: "x" }));
      expect(unknown).toMatchObject({ code: "Invalid.Node.NotExists", httpStatus: 404 });
      const badDate = await refusalOf(runSmokeTest(operationContext(db), { nodeId: node("clean"), bizdate: "01/03/2026", name: "x" }));
      expect(badDate.message).toMatch(/Bizdate: must be a date yyyy-MM-dd/);
      expect(await db.prisma.dag.count()).toBe(dagsBefore);
      expect(await db.prisma.operation.count({ where: { action: "RunSmokeTest", result: "REFUSED" } })).toBe(4);
    });
  });
}
