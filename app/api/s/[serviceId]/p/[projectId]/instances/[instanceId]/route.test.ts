import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TInstanceDetail, TInstanceGraph, TInstanceLogChunk, TOperationHistory } from "@/lib/contracts/instance-detail";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { addDays } from "@/lib/server/instances/zoned-date";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks-client";
import { DEMO_PROJECT_ID, DEMO_ROUTES_START_TIMEOUT_MS, demoRoutesFixture, readResponse, routeParams, testRequest, type TTestActor } from "@/lib/testing";
import { GET as GET_GRAPH } from "./graph/route";
import { GET as GET_LOG } from "./log/route";
import { GET as GET_OPERATIONS } from "./operations/route";
import { GET } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const PROJECT_ID = DEMO_PROJECT_ID;
const demoRoutes = demoRoutesFixture();
let client: DataWorksClient;
let serviceId: number;
let viewer: TTestActor;

const ZInstanceIds = z.object({ Data: z.object({ Instances: z.array(z.object({ InstanceId: z.union([z.number(), z.bigint()]).transform(String), Status: z.string() })) }) });

async function firstInstanceId(status: string): Promise<string | null> {
  const answer = await client.call("ListInstances", { ProjectId: PROJECT_ID, ProjectEnv: "PROD", Status: status, PageSize: 1, PageNumber: 1 }, ZInstanceIds);
  return answer.Data.Instances[0]?.InstanceId ?? null;
}

async function findInstanceId(status: string): Promise<string> {
  const instanceId = await firstInstanceId(status);
  if (instanceId === null) throw new Error(`the demo has no ${status} instance`);
  return instanceId;
}

const ZResourceGroups = z.object({ Data: z.array(z.object({ Name: z.string(), Specs: z.object({ Slots: z.number() }) })) });
const ZNodePage = z.object({
  Data: z.object({ Nodes: z.array(z.object({ NodeId: z.union([z.number(), z.bigint()]).transform(String), ResGroupName: z.string().nullable(), ProgramType: z.string(), SchedulerType: z.string() })) }),
});

/**
 * The demo queues for slots only while many of today's cycles are due, not from 00:00 to about
 * 00:10 in Shanghai (16:00 UTC). A parallel backfill of one node over more past days than its
 * group has slots makes some of its instances wait for a slot at any hour.
 */
async function queueInstancesForSlots(): Promise<void> {
  const groups = (await client.call("ListResourceGroups", { ResourceGroupType: 1, ProjectId: PROJECT_ID }, ZResourceGroups)).Data;
  const smallest = groups.reduce((fewest, group) => (group.Specs.Slots < fewest.Specs.Slots ? group : fewest));
  let nodeId: string | undefined;
  for (let pageNumber = 1; nodeId === undefined; pageNumber++) {
    const { Nodes } = (await client.call("ListNodes", { ProjectId: PROJECT_ID, ProjectEnv: "PROD", PageNumber: pageNumber, PageSize: 100 }, ZNodePage)).Data;
    if (Nodes.length === 0) throw new Error(`the demo has no scheduled task in resource group ${smallest.Name}`);
    nodeId = Nodes.find((node) => node.ResGroupName === smallest.Name && node.SchedulerType === "NORMAL" && node.ProgramType !== "VIRTUAL")?.NodeId;
  }
  const firstDay = "2025-06-01";
  await client.call(
    "RunCycleDagNodes",
    {
      ProjectEnv: "PROD", ProjectId: PROJECT_ID, Name: "queue for slots", RootNodeId: nodeId, IncludeNodeIds: nodeId, Parallelism: true,
      StartBizDate: `${firstDay} 00:00:00`, EndBizDate: `${addDays(firstDay, smallest.Specs.Slots + 1)} 00:00:00`,
    },
    z.unknown(),
  );
  await expect.poll(() => firstInstanceId("WAIT_RESOURCE"), { timeout: 30_000, interval: 100 }).not.toBeNull();
}

const path = (instanceId: string, rest = "") => `/api/s/${serviceId}/p/${PROJECT_ID}/instances/${instanceId}${rest}`;
const params = (instanceId: string) => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID, instanceId });

beforeAll(async () => {
  ({ serviceId, viewer, client } = await demoRoutes.start());
}, DEMO_ROUTES_START_TIMEOUT_MS);

afterAll(() => demoRoutes.stop());

describe("instance detail route", () => {
  it("answers a failed instance with its node, its zone and no waiting reason", async () => {
    const instanceId = await findInstanceId("FAILURE");
    const { status, body } = await readResponse<Data<TInstanceDetail>>(await GET(testRequest(path(instanceId), { as: viewer }), params(instanceId)));
    expect(status).toBe(200);
    expect(body.data.instance).toMatchObject({ instanceId, status: "FAILURE" });
    expect(body.data.node?.nodeId).toBe(body.data.instance.nodeId);
    expect(body.data.node?.resourceGroup).toEqual(expect.any(String));
    expect(body.data.waitingReason).toBeNull();
    expect(body.data.timezone).toBe("Asia/Shanghai");
  });

  it("says what a waiting instance waits for, consistent with its status", async () => {
    await queueInstancesForSlots();
    for (const waitingStatus of ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"]) {
      const instanceId = await findInstanceId(waitingStatus);
      const { body } = await readResponse<Data<TInstanceDetail>>(await GET(testRequest(path(instanceId), { as: viewer }), params(instanceId)));
      const expected: Record<string, string[]> = { NOT_RUN: ["upstream", "ready"], WAIT_TIME: ["cycle-time"], WAIT_RESOURCE: ["resource"] };
      // The engine keeps scheduling while the test runs: judge the reason by the status answered with it.
      const answered = body.data.instance.status;
      if (answered in expected) expect(expected[answered]).toContain(body.data.waitingReason?.kind);
      else expect(body.data.waitingReason).toBeNull();
      if (body.data.waitingReason?.kind === "upstream") {
        expect(body.data.waitingReason.blockers.length).toBeGreaterThan(0);
        expect(body.data.waitingReason.blockers.every((blocker) => blocker.status !== "SUCCESS" || blocker.isSuspended)).toBe(true);
      }
    }
  });

  it("names who suspended a held instance, and lists the engine's and the console's history", async () => {
    const instanceId = await findInstanceId("NOT_RUN");
    await client.call("SuspendInstance", { InstanceId: instanceId, ProjectEnv: "PROD", Operator: "night-owl", Reason: "source is late" }, z.unknown());
    await recordAudit({ actor: { userId: viewer.userId, username: viewer.username }, action: "instances.suspend", targetType: "instance", targetIds: [instanceId], reason: "source is late", result: "ok", details: { items: [{ instanceId, outcome: "applied" }] }, requestId: "test-request", serviceId, projectId: PROJECT_ID });

    const detail = await readResponse<Data<TInstanceDetail>>(await GET(testRequest(path(instanceId), { as: viewer }), params(instanceId)));
    expect(detail.body.data.waitingReason).toMatchObject({ kind: "suspended", by: "night-owl", reason: "source is late" });

    const history = await readResponse<Data<TOperationHistory>>(await GET_OPERATIONS(testRequest(path(instanceId, "/operations"), { as: viewer }), params(instanceId)));
    expect(history.status).toBe(200);
    expect(history.body.data.isEngineHistoryAvailable).toBe(true);
    expect(history.body.data.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: "engine", action: "SuspendInstance", actor: "night-owl", result: "APPLIED" }),
        expect.objectContaining({ source: "console", action: "instances.suspend", actor: viewer.username, after: "applied" }),
      ]),
    );
  });

  it("answers 404 for an instance the data service does not know", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET(testRequest(path("99999999999"), { as: viewer }), params("99999999999")));
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it("answers 404 for an instance asked for under another workspace", async () => {
    const instanceId = await findInstanceId("FAILURE");
    const request = testRequest(`/api/s/${serviceId}/p/123/instances/${instanceId}`, { as: viewer });
    const { status } = await readResponse<ErrorBody>(await GET(request, routeParams({ serviceId: String(serviceId), projectId: "123", instanceId })));
    expect(status).toBe(404);
  });

  it("refuses an instance ID that is not a number with 422 naming it", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET(testRequest(path("abc"), { as: viewer }), params("abc")));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toContain("instanceId");
  });

  it("answers 401 without a session", async () => {
    const { status } = await readResponse(await GET(testRequest(path("1")), params("1")));
    expect(status).toBe(401);
  });
});

describe("instance log route", () => {
  it("answers the whole log, then only what follows the characters the page holds", async () => {
    const instanceId = await findInstanceId("FAILURE");
    const first = await readResponse<Data<TInstanceLogChunk>>(await GET_LOG(testRequest(path(instanceId, "/log"), { as: viewer }), params(instanceId)));
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ from: 0, isReset: false, status: "FAILURE" });
    expect(first.body.data.text.length).toBe(first.body.data.length);
    const next = await readResponse<Data<TInstanceLogChunk>>(await GET_LOG(testRequest(path(instanceId, `/log?from=${first.body.data.length}`), { as: viewer }), params(instanceId)));
    expect(next.body.data).toMatchObject({ text: "", from: first.body.data.length, isReset: false });
  });

  it("refuses a negative offset with 422", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET_LOG(testRequest(path("1", "/log?from=-3"), { as: viewer }), params("1")));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toContain("from");
  });
});

describe("instance graph route", () => {
  it("answers the instance with its neighbours and edges among them", async () => {
    const instanceId = await findInstanceId("NOT_RUN");
    const { status, body } = await readResponse<Data<TInstanceGraph>>(await GET_GRAPH(testRequest(path(instanceId, "/graph?depth=2&direction=BOTH"), { as: viewer }), params(instanceId)));
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ centerId: instanceId, source: "instance-edges" });
    const ids = new Set(body.data.instances.map((instance) => instance.instanceId));
    expect(ids.has(instanceId)).toBe(true);
    expect(body.data.edges.length).toBeGreaterThan(0);
    for (const edge of body.data.edges) {
      expect(ids.has(edge.parentId) && ids.has(edge.childId)).toBe(true);
    }
  });

  it("refuses a depth beyond 5 with 422 naming it", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET_GRAPH(testRequest(path("1", "/graph?depth=9"), { as: viewer }), params("1")));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toContain("depth");
  });
});
