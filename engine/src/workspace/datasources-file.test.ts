import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConnectionTests } from "../connectivity/connection-tests";
import { createTestRuntime } from "../connectivity/testing/test-runtime";
import { DEMO_WORKSPACE_DIR } from "../bootstrap/first-start";
import { createTestDatabase, isServiceReachable, type TestDatabase } from "../testing/databases";
import { seedDemoConnectivity } from "./datasources-demo";
import { deployWorkspace } from "./deploy";
import { WorkspaceValidationError } from "./errors";
import { loadWorkspace } from "./load";

const hasMariaDb = await isServiceReachable("MariaDB", "127.0.0.1", 3306);

describe("connectivity.yaml", () => {
  let database: TestDatabase;
  const runtime = createTestRuntime();

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    await database.drop();
  });

  it("deploys the demo's data sources without secrets, and the reporting group's egress policy", async () => {
    const definition = await loadWorkspace(DEMO_WORKSPACE_DIR);
    expect(definition.connectivity?.dataSources.map((source) => source.name)).toEqual(["orders_mysql", "warehouse_pg", "session_cache", "crm_mysql", "clickstream_kafka", "profiles_mongo"]);
    const { projectId } = await deployWorkspace(database, definition, { operator: "test", now: 1_700_000_000_000 });
    const rows = await database.prisma.dataSource.findMany({ where: { projectId } });
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.secretsCipher === "" && row.sourceFile === "connectivity.yaml")).toBe(true);
    const report = await database.prisma.resourceGroup.findFirstOrThrow({ where: { identifier: "rg_report" } });
    expect(await database.prisma.resourceGroupEgress.findUnique({ where: { resourceGroupId: report.id } })).toMatchObject({ allowLoopback: false });
    await deployWorkspace(database, definition, { operator: "test", now: 1_700_000_100_000 });
    expect(await database.prisma.dataSource.count({ where: { projectId } })).toBe(6);
  });

  it.skipIf(!hasMariaDb)("seeds crm_mysql with a wrong password: its test fails at login while orders_mysql passes", async () => {
    const project = await database.prisma.project.findFirstOrThrow({ where: { identifier: "demo_shop" } });
    const line = await seedDemoConnectivity(database, project.id, runtime);
    expect(line).toContain("MariaDB/MySQL :3306");
    const group = await database.prisma.resourceGroup.findFirstOrThrow({ where: { identifier: "rg_sync" } });
    const report = await database.prisma.resourceGroup.findFirstOrThrow({ where: { identifier: "rg_report" } });
    const sources = await database.prisma.dataSource.findMany({ where: { name: { in: ["orders_mysql", "crm_mysql"] } }, orderBy: { name: "asc" } });
    const { results } = await runConnectionTests(
      database,
      runtime,
      [...sources.map((source) => ({ dataSourceId: source.id, resourceGroupId: group.id })), { dataSourceId: sources[0]!.id, resourceGroupId: report.id }],
      { kind: "batch", operator: "test", requestId: "r", rateLimitKey: "k", now: Date.now() },
    );
    expect(results.map((result) => [result.dataSourceName, result.result.state])).toEqual([
      ["crm_mysql", "ConfigError"],
      ["orders_mysql", "Connectable"],
      ["crm_mysql", "Unreachable"],
    ]);
    expect(results[0]?.result.steps.at(-1)?.code).toBe("protocol_login");
    expect(results[2]?.result.message).toContain("loopback");
  });

  it("refuses a secret written in the file, naming the file, line and field", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-ws-"));
    try {
      fs.cpSync(DEMO_WORKSPACE_DIR, directory, { recursive: true });
      fs.writeFileSync(
        path.join(directory, "connectivity.yaml"),
        "dataSources:\n  - name: leaky\n    type: mysql\n    content: { jdbcUrl: 'jdbc:mysql://127.0.0.1:3306/test', username: root, password: hunter2 }\negress:\n  rg_nowhere: {}\n",
      );
      const error = await loadWorkspace(directory).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkspaceValidationError);
      const issues = (error as WorkspaceValidationError).issues;
      expect(issues).toContainEqual(expect.objectContaining({ file: "connectivity.yaml", line: 4, field: "dataSources.0.content", message: expect.stringContaining("passwordEnv") }));
      expect(issues).toContainEqual(expect.objectContaining({ field: "egress.rg_nowhere" }));
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
