/** Helpers for route and integration tests: a migrated console database, a real engine, signed-in requests. */
export { createTestConsoleDb, type TTestConsoleDb } from "./test-console-db";
export { startTestEngine, findFreeLoopbackPort, type TTestEngine, type TStartTestEngineOptions } from "./test-engine";
export { createTestActor, testRequest, routeParams, readResponse, TEST_CONSOLE_ORIGIN, type TTestActor, type TTestRequestOptions } from "./test-requests";
export { createTestDataService } from "./test-data-service";
export { demoRoutesFixture, DEMO_PROJECT_ID, DEMO_ROUTES_START_TIMEOUT_MS, type TDemoRoutes } from "./demo-routes";
