import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TOverviewStats } from "@/lib/contracts/stats";
import {
  createTestActor,
  createTestConsoleDb,
  createTestDataService,
  readResponse,
  routeParams,
  startTestEngine,
  testRequest,
  type TTestActor,
  type TTestConsoleDb,
  type TTestEngine,
} from "@/lib/testing";
import { GET } from "./route";

const PROJECT_ID = "10000";
type Answer = { data: TOverviewStats; error?: { code: string; issues?: { path: string }[] } };

/** A data service whose statistics Actions all answer except TopTenErrorTimesInstance. */
function halfBrokenDataWorks(): http.Server {
  return http.createServer((request, response) => {
    const action = new URL(request.url ?? "/", "http://127.0.0.1").searchParams.get("Action");
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const bodies: Record<string, unknown> = {
      GetProject: { Data: { TimeZone: "UTC" } },
      GetInstanceStatusStatistic: { StatusCount: { TotalCount: 3, SuccessCount: 2, FailureCount: 1 } },
      ListSuccessInstanceAmount: { InstanceStatusTrend: { TodayTrend: [{ TimePoint: "00:00", Count: 2 }], YesterdayTrend: [], AvgTrend: [] } },
      ListInstanceAmount: { InstanceCounts: [{ Count: 3, Date: Date.UTC(2024, 4, 26) }] },
      TopTenElapsedTimeInstance: { InstanceConsumeTimeRank: { ConsumeTimeRank: [] } },
      GetFileTypeStatistic: { ProgramTypeAndCounts: [{ ProgramType: "SHELL", Count: 3 }] },
    };
    const body = action ? bodies[action] : undefined;
    if (body) return send(200, { RequestId: "R", ...body });
    send(500, { RequestId: "R", HttpStatusCode: 500, Success: false, ErrorCode: "InternalError.System", ErrorMessage: "boom", Code: "InternalError.System", Message: "boom" });
  });
}

describe("GET …/stats/overview", () => {
  let consoleDb: TTestConsoleDb;
  let engine: TTestEngine;
  let server: http.Server;
  let engineServiceId: string;
  let brokenServiceId: string;
  let viewer: TTestActor;

  beforeAll(async () => {
    consoleDb = await createTestConsoleDb();
    engine = await startTestEngine();
    engineServiceId = String(await createTestDataService(engine, { name: "engine" }));
    server = halfBrokenDataWorks();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    brokenServiceId = String(await createTestDataService({ url, accessKeyId: "LTAIfake000000", accessKeySecret: "fake-secret-0000000000" }, { name: "broken" }));
    viewer = await createTestActor("viewer");
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await engine?.stop();
    await consoleDb?.close();
  });

  async function overview(serviceId: string, query = "") {
    const response = await GET(testRequest(`/api/s/${serviceId}/p/${PROJECT_ID}/stats/overview${query}`, { as: viewer }), routeParams({ serviceId, projectId: PROJECT_ID }));
    return readResponse<Answer>(response);
  }

  it("answers every part for the current business date of the workspace by default", async () => {
    const { status, body } = await overview(engineServiceId);
    expect(status).toBe(200);
    const stats = body.data;
    expect(stats.timezone).toBe("Asia/Shanghai");
    expect(stats.bizdate).toBe(stats.currentBizdate);
    for (const part of [stats.statusCounts, stats.successTrend, stats.instanceAmount, stats.slowest, stats.mostFailing, stats.nodeTypes]) {
      expect(part.error).toBeNull();
      expect(part.data).not.toBeNull();
    }
    const counts = stats.statusCounts.data;
    expect(Object.values(counts?.byStatus ?? {}).reduce((sum, count) => sum + count, 0)).toBe(counts?.total);
    expect(counts?.total).toBeGreaterThan(0);
    expect(stats.instanceAmount.data).toHaveLength(14);
    expect(stats.instanceAmount.data?.at(-1)?.bizdate).toBe(stats.bizdate);
    expect(stats.successTrend.data?.yesterday).toHaveLength(24);
    expect(stats.nodeTypes.data?.length).toBeGreaterThan(0);
  });

  it("answers the chosen business date", async () => {
    const { body } = await overview(engineServiceId, "?bizdate=2020-01-01");
    expect(body.data.bizdate).toBe("2020-01-01");
    expect(body.data.statusCounts.data?.total).toBe(0);
    expect(body.data.instanceAmount.data?.[0]?.bizdate).toBe("2019-12-19");
  });

  it("answers the parts that worked and an error for the one that failed", async () => {
    const { status, body } = await overview(brokenServiceId, "?bizdate=2024-05-26");
    expect(status).toBe(200);
    expect(body.data.mostFailing).toEqual({ data: null, error: { code: "UPSTREAM_ERROR", message: expect.stringContaining("TopTenErrorTimesInstance") } });
    expect(body.data.statusCounts.data?.total).toBe(3);
    expect(body.data.nodeTypes.data).toEqual([{ programType: "SHELL", count: 3 }]);
    expect(body.data.timezone).toBe("UTC");
  });

  it("answers 422 naming bizdate for a date that is not one", async () => {
    const { status, body } = await overview(engineServiceId, "?bizdate=2024-02-30");
    expect(status).toBe(422);
    expect(body.error?.issues?.[0]?.path).toBe("bizdate");
  });
});
