import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineError } from "../../model/errors";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { storeDialects } from "../testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../testing/seed";
import { operationContext } from "./operation-fixtures";
import { updateNodeOwner } from "./update-node-owner";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`owner change (UpdateNodeOwner) on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, { nodes: [{ name: "extract" }] });
    });
    afterAll(async () => db?.drop());

    it("changes the owner and records who changed it from whom to whom", async () => {
      const nodeId = workspace.nodeIds.get("extract")!;
      const context = operationContext(db, { reason: "bob is on the team now" });
      const outcome = await updateNodeOwner(context, { nodeId, ownerId: "1933790683" });
      expect(outcome).toEqual({ result: "APPLIED", before: JSON.stringify({ ownerId: "tester" }), after: JSON.stringify({ ownerId: "1933790683" }) });
      expect((await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } })).ownerId).toBe("1933790683");
      const [audit] = await db.prisma.operation.findMany({ where: { requestId: context.requestId } });
      expect(audit).toMatchObject({
        action: "UpdateNodeOwner",
        operator: "alice",
        reason: "bob is on the team now",
        targetType: "node",
        targetId: nodeId,
        projectId: workspace.projectId,
        result: "APPLIED",
        at: BigInt(context.now),
      });
    });

    it("answers the same owner again with a no-op that changes nothing", async () => {
      const nodeId = workspace.nodeIds.get("extract")!;
      await updateNodeOwner(operationContext(db), { nodeId, ownerId: "carol" });
      const before = await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } });
      const outcome = await updateNodeOwner(operationContext(db, { now: before.modifiedAt === 0n ? 1 : Number(before.modifiedAt) + 5 }), { nodeId, ownerId: "carol" });
      expect(outcome.result).toBe("NOOP");
      expect(await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } })).toEqual(before);
    });

    it("refuses an empty owner and an unknown node, and records both", async () => {
      const nodeId = workspace.nodeIds.get("extract")!;
      const refusals: [Promise<unknown>, string][] = [
        [updateNodeOwner(operationContext(db), { nodeId, ownerId: "  " }), "Invalid.Wkbench.Parameter"],
        [updateNodeOwner(operationContext(db), { nodeId: 9n, ownerId: "dave" }), "Invalid.Node.NotExists"],
      ];
      for (const [promise, code] of refusals) {
        const error = await promise.then(() => null, (caught: unknown) => caught);
        expect(error).toBeInstanceOf(EngineError);
        expect((error as EngineError).code).toBe(code);
      }
      expect(await db.prisma.operation.count({ where: { action: "UpdateNodeOwner", result: "REFUSED" } })).toBe(2);
      expect((await db.prisma.node.findUniqueOrThrow({ where: { id: nodeId } })).ownerId).not.toBe("dave");
    });
  });
}
