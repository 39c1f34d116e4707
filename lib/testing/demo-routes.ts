import { DataWorksClient } from "@/lib/server/upstream/dataworks-client";
import { createTestConsoleDb, type TTestConsoleDb } from "./test-console-db";
import { createTestDataService } from "./test-data-service";
import { startTestEngine, type TTestEngine } from "./test-engine";
import { createTestActor, type TTestActor } from "./test-requests";

/** The demo workspace's project ID in a fresh engine. */
export const DEMO_PROJECT_ID = "10000";
/** beforeAll timeout for start(): the engine seeds the demo's history first. */
export const DEMO_ROUTES_START_TIMEOUT_MS = 180_000;

export type TDemoRoutes = {
  consoleDb: TTestConsoleDb;
  engine: TTestEngine;
  /** The engine, registered as a data service of the console database. */
  serviceId: number;
  viewer: TTestActor;
  operator: TTestActor;
  /** A DataWorks client of the engine, to arrange state or look it up beside the routes. */
  client: DataWorksClient;
};

/**
 * What the workspace route tests share: a migrated console database, a real engine with the demo
 * workspace registered as a data service, a signed-in viewer and operator. `start()` in beforeAll
 * (with DEMO_ROUTES_START_TIMEOUT_MS), `stop()` in afterAll; stop() is safe after a failed start.
 */
export function demoRoutesFixture(): { start(): Promise<TDemoRoutes>; stop(): Promise<void> } {
  let consoleDb: TTestConsoleDb | undefined;
  let engine: TTestEngine | undefined;
  return {
    async start() {
      consoleDb = await createTestConsoleDb();
      engine = await startTestEngine({ demo: true, startTimeoutMs: 150_000 });
      const serviceId = await createTestDataService(engine);
      const client = new DataWorksClient({ endpoint: engine.url, regionId: "cn-local", accessKeyId: engine.accessKeyId, accessKeySecret: engine.accessKeySecret });
      const viewer = await createTestActor("viewer");
      const operator = await createTestActor("operator");
      return { consoleDb, engine, serviceId, viewer, operator, client };
    },
    async stop() {
      await engine?.stop();
      await consoleDb?.close();
    },
  };
}
