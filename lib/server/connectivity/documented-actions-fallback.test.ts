import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/server/auth/actor";
import { createTestConsoleDb, createTestDataService, type TTestConsoleDb } from "@/lib/testing";
import { getTestHistory } from "./get-test-history";
import { testBatch } from "./test-batch";
import { testPair } from "./test-pair";

/**
 * A DataWorks stand-in that knows only documented Actions (as the real service): the console must
 * do pair and batch tests with TestDataSourceConnectivity, and read history from its audit trail.
 */
const seen: string[] = [];
function answer(action: string, params: URLSearchParams): { status: number; body: unknown } {
  if (action === "ListDataSources") {
    const source = (id: number, name: string) => ({ Id: id, Name: name, DataSourceType: "mysql", EnvType: 1, Status: 1, Content: JSON.stringify({ jdbcUrl: "jdbc:mysql://127.0.0.1:3306/db", username: "u", password: "***" }) });
    return { status: 200, body: { RequestId: "L", Success: true, HttpStatusCode: 200, Data: { PageNumber: 1, PageSize: 100, TotalCount: 2, DataSources: [source(1, "orders"), source(2, "warehouse")] } } };
  }
  if (action === "ListResourceGroups") return { status: 200, body: { RequestId: "G", Success: true, Data: [{ Id: 11, Identifier: "rg_a", Name: "A", IsDefault: true, Status: 0 }] } };
  if (action === "TestDataSourceConnectivity") {
    const ok = params.get("DataSourceId") === "1";
    return {
      status: 200,
      body: {
        RequestId: `T-${params.get("DataSourceId")}`,
        Connectivity: ok
          ? { ConnectState: "Connectable", DetailLogs: [{ Code: "validate_input_parameters", Message: "Validate input parameters", StartTime: 1000, EndTime: 1002 }] }
          : { ConnectState: "Unreachable", ConnectMessage: "Failed to connect to the database", DetailLogs: [{ Code: "validate_input_parameters", Message: "Validate input parameters", StartTime: 1000, EndTime: 1002 }, { Code: "connect", Message: "Connect", StartTime: 1002, EndTime: 4002 }] },
      },
    };
  }
  return { status: 404, body: { RequestId: "X", Code: "InvalidAction.NotFound", Message: "Specified api is not found, please check your url and method." } };
}

let server: http.Server;
let consoleDb: TTestConsoleDb;
let serviceId: number;
const actor: TActor = { userId: 1, username: "ops", displayName: "ops", role: "operator", sessionId: "s" };

beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const params = new URLSearchParams(request.method === "POST" ? body : (request.url ?? "").split("?")[1] ?? "");
      const action = params.get("Action") ?? "";
      seen.push(action);
      const { status, body: payload } = answer(action, params);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  serviceId = await createTestDataService({ url: `http://127.0.0.1:${port}`, accessKeyId: "LTAIfake", accessKeySecret: "fake-secret" }, { name: "documented-only" });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await consoleDb?.close();
});

describe("a data service with only the documented Actions", () => {
  it("tests a pair as two single tests, with inferred step outcomes labelled as such", async () => {
    const result = await testPair({ serviceId, projectId: "10000", sourceId: "1", destinationId: "2", resourceGroupId: "rg_a", actor, requestId: "r1" });
    expect(seen).toContain("TestDataSourceConnectivityPair");
    expect(result.run.state).toBe("Unreachable");
    expect(result.run.targets.map((target) => [target.role, target.label, target.state])).toEqual([
      ["source", "orders", "Connectable"],
      ["destination", "warehouse", "Unreachable"],
    ]);
    const steps = result.destination.run.targets[0]!.steps;
    expect(steps.map((step) => [step.outcome, step.inferred])).toEqual([
      ["passed", true],
      ["failed", true],
    ]);
    expect(result.run.message).toBe("Destination warehouse: Failed to connect to the database");
  });

  it("tests every data source from every group with single tests, and keeps history in the audit trail", async () => {
    const result = await testBatch({ serviceId, projectId: "10000", body: {}, actor, requestId: "r2" });
    expect(seen).toContain("TestDataSourceConnectivityBatch");
    expect(result.batchId).toBeNull();
    expect(result.results.map((item) => [item.dataSourceName, item.resourceGroupId, item.run.state])).toEqual([
      ["orders", "rg_a", "Connectable"],
      ["warehouse", "rg_a", "Unreachable"],
    ]);
    const history = await getTestHistory({ serviceId, projectId: "10000", dataSourceId: "2", limit: 10 });
    expect(history.source).toBe("console");
  });
});
