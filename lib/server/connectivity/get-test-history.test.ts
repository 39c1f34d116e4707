import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing";
import { getAuditedTestHistory } from "./get-test-history";

let consoleDb: TTestConsoleDb;
beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
});
afterAll(() => consoleDb?.close());

const actor = { userId: 1, username: "ops" };
const audit = (targetIds: string[], details: unknown, result: "ok" | "failed" = "ok", serviceId = 1) =>
  recordAudit({ actor, action: "connectivity.test", targetType: "data-source", targetIds, result, details, requestId: "r", serviceId, projectId: "10000" });

describe("test history from the console's audit trail (a data service without ListConnectivityTestRuns)", () => {
  it("answers this data source's audited tests oldest first, skipping failed requests, other sources and other services", async () => {
    await audit(["7"], { resourceGroupId: "1", state: "Unreachable", message: "refused", failedStep: "Connect over TCP", durationMs: 3.4 });
    await audit(["7"], { error: { code: "RATE_LIMITED" } }, "failed");
    await audit(["8"], { resourceGroupId: "1", state: "Connectable", message: null, failedStep: null, durationMs: 10 });
    await audit(["7"], { resourceGroupId: "1", state: "Connectable", message: null, failedStep: null, durationMs: 12 }, "ok", 2);
    await audit(["7"], { resourceGroupId: "2", state: "Connectable", message: null, failedStep: null, durationMs: 20 });
    const history = await getAuditedTestHistory({ serviceId: 1, projectId: "10000", dataSourceId: "7", limit: 10 });
    expect(history.source).toBe("console");
    expect(history.items.map((item) => [item.state, item.resourceGroup, item.failedStep, item.durationMs])).toEqual([
      ["Unreachable", "1", "Connect over TCP", 3],
      ["Connectable", "2", null, 20],
    ]);
  });
});
