import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeDialects } from "../runtime/testing/dialects";
import { seedWorkspace, type SeededWorkspace } from "../runtime/testing/seed";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { allocateIds } from "./ids";
import { materializePlan, type InstancePlan } from "./materialize-plan";
import { inWriteTransaction } from "./transaction";

const NODE_COUNT = 1_000;
const CYCLES_PER_NODE = 100;
const NOW = Date.UTC(2026, 0, 10);

// The time it takes is a benchmark's business (bench/, goal: 100,000 instances in ≤ 10 s); this
// test checks that a plan of that size is written completely and correctly, and prints the time.

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`materializePlan at scale on ${dialect}`, () => {
    let db: TestDatabase;
    let workspace: SeededWorkspace;

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      workspace = await seedWorkspace(db, {
        nodes: Array.from({ length: NODE_COUNT }, (_, index) => ({
          name: `n${index}`,
          programType: "VIRTUAL" as const,
          parents: index === 0 ? [] : [`n${index - 1}`],
        })),
      });
    });
    afterAll(async () => db?.drop());

    it("inserts 100,000 instances with their edges, roots waiting for time and the rest for parents", async () => {
      const nodeRows = await db.prisma.node.findMany({ where: { projectId: workspace.projectId } });
      const nodes = new Map(nodeRows.map((row) => [row.id, row]));
      const plan: InstancePlan = { instances: [], edges: [] };
      const instances = plan.instances as { nodeId: bigint; cycTime: number; inGroupId: number; taskType: "NORMAL" }[];
      const edges = plan.edges as { parentIndex: number; childIndex: number }[];
      for (let node = 0; node < NODE_COUNT; node++) {
        for (let cycle = 0; cycle < CYCLES_PER_NODE; cycle++) {
          instances.push({ nodeId: workspace.nodeIds.get(`n${node}`)!, cycTime: NOW + cycle * 60_000, inGroupId: cycle + 1, taskType: "NORMAL" });
          if (node > 0) edges.push({ parentIndex: (node - 1) * CYCLES_PER_NODE + cycle, childIndex: node * CYCLES_PER_NODE + cycle });
        }
      }
      const dagId = await allocateIds(db.prisma, "dag", 1);
      await db.prisma.dag.create({
        data: { id: dagId, projectId: workspace.projectId, type: "DAILY", name: "big", status: "CREATED", bizdate: 0n, createUser: "t", createTime: 0n, modifyTime: 0n },
      });
      const started = performance.now();
      const ids = await inWriteTransaction(
        db,
        (tx) =>
          materializePlan(tx, {
            projectId: workspace.projectId,
            dag: { id: dagId, type: "DAILY" },
            bizdate: "2026-01-09",
            timezone: workspace.timezone,
            plan,
            nodes,
            createUser: "bench",
            now: NOW,
          }),
        { timeoutMs: 120_000 },
      );
      const elapsedMs = performance.now() - started;
      console.log(`[materializePlan] ${dialect}: ${instances.length} instances, ${edges.length} edges in ${Math.round(elapsedMs)} ms (load ${os.loadavg()[0]!.toFixed(1)})`);
      expect(ids).toHaveLength(NODE_COUNT * CYCLES_PER_NODE);
      expect(await db.prisma.instance.count({ where: { dagId } })).toBe(NODE_COUNT * CYCLES_PER_NODE);
      expect(await db.prisma.instance.count({ where: { dagId, status: "WAIT_TIME" } })).toBe(CYCLES_PER_NODE);
    }, 120_000);
  });
}
