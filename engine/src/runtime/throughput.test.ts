import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventBus } from "../model/events";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { createFakeClock } from "./clock";
import { ensureCycleInstances } from "./generation";
import { createScheduler } from "./scheduler";
import { storeDialects } from "./testing/dialects";
import { zonedInstant } from "./testing/harness";
import { seedWorkspace } from "./testing/seed";

const WIDTH = 10;
const DEPTH = 1_000;
// The rate goal (≥ 500 transitions/s) is checked by bench/ (transitions); this test checks that the
// whole deep DAG completes with exactly the expected transitions, and prints the rate.

/** Layer k depends on two nodes of layer k − 1: 10,000 VIRTUAL nodes, 1,000 generations deep. */
function deepVirtualWorkspace() {
  const name = (layer: number, column: number) => `v${layer}_${column}`;
  const nodes = [];
  for (let layer = 0; layer < DEPTH; layer++) {
    for (let column = 0; column < WIDTH; column++) {
      const parents = layer === 0 ? [] : [name(layer - 1, column), name(layer - 1, (column + 1) % WIDTH)];
      nodes.push({ name: name(layer, column), programType: "VIRTUAL" as const, parents });
    }
  }
  return { nodes };
}

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`scheduler throughput on ${dialect}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect);
    });
    afterAll(async () => db?.drop());

    it("runs a 10,000-node VIRTUAL DAG 1,000 deep to success with one transition per step", async () => {
      const now = zonedInstant("2026-01-10T02:00:00", "Asia/Shanghai");
      const workspace = await seedWorkspace(db, deepVirtualWorkspace(), now);
      const generationStarted = performance.now();
      await ensureCycleInstances(db, { projectId: workspace.projectId, now });
      console.log(`[throughput] ${dialect}: generated 10,000 instances in ${Math.round(performance.now() - generationStarted)} ms`);
      const events = new EventBus();
      let transitions = 0;
      events.on("instance:statusChanged", () => transitions++);
      const scheduler = createScheduler({ db, events, clock: createFakeClock(now), engineId: "throughput", config: { workDir: db.url } });

      const started = performance.now();
      let passes = 0;
      let reportedTransitions = 0;
      for (;;) {
        const summary = await scheduler.runOnce();
        passes++;
        reportedTransitions += summary.transitions;
        if (summary.promoted === 0 && !summary.hasMoreWork) break;
      }
      const seconds = (performance.now() - started) / 1000;
      const perSecond = transitions / seconds;
      console.log(`[throughput] ${dialect}: ${transitions} transitions in ${seconds.toFixed(2)} s over ${passes} passes = ${Math.round(perSecond)}/s`);

      expect(await db.prisma.instance.count({ where: { status: "SUCCESS" } })).toBe(WIDTH * DEPTH);
      expect(transitions).toBe(2 * WIDTH * DEPTH - WIDTH);
      expect(reportedTransitions).toBe(transitions);
      const dag = await db.prisma.dag.findFirstOrThrow({ where: { projectId: workspace.projectId } });
      expect(dag.status).toBe("SUCCESS");
      await scheduler.stop();
    }, 300_000);
  });
}
