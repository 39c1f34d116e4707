import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import { listOperations } from "./list-operations";
import { operationContext, seedDag, seedInstance } from "./operation-fixtures";
import { suspendInstance } from "./suspend-instance";
import { resumeInstance } from "./resume-instance";
import { updateNodeOwner } from "./update-node-owner";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`operations history on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;
    let instanceId: bigint;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, { nodes: [{ name: "extract" }] });
      const dagId = await seedDag(db, workspace.projectId);
      instanceId = await seedInstance(db, { projectId: workspace.projectId, nodeId: workspace.nodeIds.get("extract")!, dagId, status: "WAIT_TIME" });
      const at = (minutes: number) => operationContext(db).now + minutes * 60_000;
      await suspendInstance(operationContext(db, { now: at(0) }), { instanceId });
      await resumeInstance(operationContext(db, { now: at(1) }), { instanceId });
      await suspendInstance(operationContext(db, { now: at(2) }), { instanceId });
      await updateNodeOwner(operationContext(db, { now: at(3), operator: "bob" }), { nodeId: workspace.nodeIds.get("extract")!, ownerId: "carol" });
      await resumeInstance(operationContext(db, { now: at(4) }), { instanceId: 1n }).catch(() => undefined);
    });
    afterAll(async () => db?.drop());

    it("lists newest first and pages with a cursor until the end", async () => {
      const first = await listOperations(db, { limit: 2 });
      expect(first.operations.map((operation) => operation.action)).toEqual(["ResumeInstance", "UpdateNodeOwner"]);
      expect(first.operations[0]).toMatchObject({ result: "REFUSED", errorCode: "Invalid.Instance.NotExists" });
      expect(first.nextCursor).not.toBeNull();
      const second = await listOperations(db, { limit: 2, cursor: first.nextCursor! });
      expect(second.operations.map((operation) => operation.action)).toEqual(["SuspendInstance", "ResumeInstance"]);
      const third = await listOperations(db, { limit: 2, cursor: second.nextCursor! });
      expect(third.operations.map((operation) => operation.action)).toEqual(["SuspendInstance"]);
      expect(third.nextCursor).toBeNull();
    });

    it("filters by target, by project and by time", async () => {
      const ofInstance = await listOperations(db, { targetType: "instance", targetId: instanceId, limit: 50 });
      expect(ofInstance.operations.map((operation) => operation.action)).toEqual(["SuspendInstance", "ResumeInstance", "SuspendInstance"]);
      expect(ofInstance.operations[0]).toMatchObject({ before: JSON.stringify({ status: "WAIT_TIME", isSuspended: false }), after: JSON.stringify({ status: "WAIT_TIME", isSuspended: true }) });
      const ofProject = await listOperations(db, { projectId: workspace.projectId, limit: 50 });
      expect(ofProject.operations).toHaveLength(4);
      const recent = await listOperations(db, { since: operationContext(db).now + 3 * 60_000, limit: 50 });
      expect(recent.operations.map((operation) => operation.operator)).toEqual(["alice", "bob"]);
      expect(typeof recent.operations[0]!.at).toBe("number");
    });

    it("refuses a limit out of range", async () => {
      await expect(listOperations(db, { limit: 0 })).rejects.toMatchObject({ code: "Invalid.Wkbench.Parameter" });
    });
  });
}
