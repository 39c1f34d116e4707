import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TBackfillPreview, TBackfillResult, TDagDetail, TDagGraph, TDagList } from "@/lib/contracts/dags";
import type { TNodeList, TSmokeTestResult } from "@/lib/contracts/nodes";
import { getConsoleDb } from "@/lib/server/db";
import { addDays, currentBizdate } from "@/lib/server/instances/zoned-date";
import { DEMO_PROJECT_ID, DEMO_ROUTES_START_TIMEOUT_MS, demoRoutesFixture, readResponse, routeParams, testRequest, type TTestActor } from "@/lib/testing";
import { POST as POST_PREVIEW } from "../backfills/preview/route";
import { POST as POST_BACKFILL } from "../backfills/route";
import { GET as GET_NODES } from "../nodes/route";
import { POST as POST_SMOKE_TEST } from "../smoke-tests/route";
import { GET as GET_GRAPH } from "./[dagId]/graph/route";
import { GET as GET_DAG } from "./[dagId]/route";
import { GET } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const PROJECT_ID = DEMO_PROJECT_ID;
const TIMEZONE = "Asia/Shanghai";
const demoRoutes = demoRoutesFixture();
let serviceId: number;
let viewer: TTestActor;
let operator: TTestActor;
let nodeIdOf: Map<string, string>;

const base = () => `/api/s/${serviceId}/p/${PROJECT_ID}`;
const workspaceParams = () => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID });
const dagParams = (dagId: string) => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID, dagId });

async function auditRows(action: string) {
  const db = await getConsoleDb();
  return db.auditRecord.findMany({ where: { action }, orderBy: { id: "asc" } });
}

const yesterday = () => addDays(currentBizdate(Date.now(), TIMEZONE), -1);

function backfillBody(overrides: Record<string, unknown> = {}) {
  const root = nodeIdOf.get("ods_cs_tickets")!;
  return {
    name: "refill tickets",
    rootNodeId: root,
    includeNodeIds: [root],
    startBizdate: addDays(yesterday(), -1),
    endBizdate: yesterday(),
    isParallel: true,
    reason: "source re-delivered",
    ...overrides,
  };
}

beforeAll(async () => {
  ({ serviceId, viewer, operator } = await demoRoutes.start());
  const { body } = await readResponse<Data<TNodeList>>(await GET_NODES(testRequest(`${base()}/nodes?pageSize=100&name=ods_cs`, { as: viewer }), workspaceParams()));
  nodeIdOf = new Map(body.data.items.map((node) => [node.name, node.nodeId]));
}, DEMO_ROUTES_START_TIMEOUT_MS);

afterAll(() => demoRoutes.stop());

describe("backfill routes", () => {
  it("previews one DAG per business date and the instances they hold", async () => {
    const request = testRequest(`${base()}/backfills/preview`, { as: operator, body: backfillBody({ reason: undefined, startBizdate: "2026-01-01", endBizdate: "2026-01-10" }) });
    const { status, body } = await readResponse<Data<TBackfillPreview>>(await POST_PREVIEW(request, workspaceParams()));
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ dagCount: 10, instanceCount: 10, missingNodeIds: [] });
    expect(body.data.nodes[0]).toMatchObject({ name: "ods_cs_tickets", instancesPerDay: 1 });
  });

  it("refuses a range that ends before it starts, or spans more than 366 days, naming the field", async () => {
    for (const dates of [
      { startBizdate: "2026-01-10", endBizdate: "2026-01-01" },
      { startBizdate: "2025-01-01", endBizdate: "2026-01-02" },
    ]) {
      const { status, body } = await readResponse<ErrorBody>(await POST_BACKFILL(testRequest(`${base()}/backfills`, { as: operator, body: backfillBody(dates) }), workspaceParams()));
      expect(status).toBe(422);
      expect(body.error.issues?.map((issue) => issue.path)).toEqual(["endBizdate"]);
    }
  });

  it("requires a reason and the operator role", async () => {
    const noReason = await readResponse<ErrorBody>(await POST_BACKFILL(testRequest(`${base()}/backfills`, { as: operator, body: backfillBody({ reason: "" }) }), workspaceParams()));
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.issues?.map((issue) => issue.path)).toEqual(["reason"]);
    const byViewer = await readResponse<ErrorBody>(await POST_BACKFILL(testRequest(`${base()}/backfills`, { as: viewer, body: backfillBody() }), workspaceParams()));
    expect(byViewer.status).toBe(403);
  });

  it("starts a backfill as the operator, audited with the DAGs it created, and lists and shows them", async () => {
    const { status, body } = await readResponse<Data<TBackfillResult>>(await POST_BACKFILL(testRequest(`${base()}/backfills`, { as: operator, body: backfillBody() }), workspaceParams()));
    expect(status).toBe(201);
    expect(body.data.dagIds).toHaveLength(2);
    const [record] = await auditRows("backfills.create");
    expect(record).toMatchObject({ id: body.data.auditId, actorName: operator.username, result: "ok", reason: "source re-delivered", serviceId, projectId: PROJECT_ID });
    expect(JSON.parse(record!.details)).toMatchObject({ dagIds: body.data.dagIds, isParallel: true });

    const list = await readResponse<Data<TDagList>>(await GET(testRequest(`${base()}/dags?type=SUPPLY_DATA`, { as: viewer }), workspaceParams()));
    expect(list.status).toBe(200);
    expect(list.body.data.runs.map((dag) => dag.dagId)).toEqual(expect.arrayContaining(body.data.dagIds));
    expect(list.body.data.runs.every((dag) => dag.type === "SUPPLY_DATA")).toBe(true);

    const dagId = body.data.dagIds[1]!;
    const detail = await readResponse<Data<TDagDetail>>(await GET_DAG(testRequest(`${base()}/dags/${dagId}`, { as: viewer }), dagParams(dagId)));
    expect(detail.body.data.dag).toMatchObject({ dagId, type: "SUPPLY_DATA", bizdate: yesterday(), createUser: operator.username });
    expect(detail.body.data.backfillDags.map((dag) => dag.dagId)).toEqual(body.data.dagIds);
    expect(detail.body.data.progress?.total).toBe(1);

    const graph = await readResponse<Data<TDagGraph>>(await GET_GRAPH(testRequest(`${base()}/dags/${dagId}/graph`, { as: viewer }), dagParams(dagId)));
    expect(graph.body.data).toMatchObject({ instanceCount: 1, isTooLarge: false, source: "instance-edges" });
  });

  it("refuses nodes outside the workspace before creating anything, and audits the refusal", async () => {
    const before = (await auditRows("backfills.create")).length;
    const body = backfillBody({ rootNodeId: "424242", includeNodeIds: ["424242"] });
    const { status } = await readResponse<ErrorBody>(await POST_BACKFILL(testRequest(`${base()}/backfills`, { as: operator, body }), workspaceParams()));
    expect(status).toBe(422);
    const records = await auditRows("backfills.create");
    expect(records).toHaveLength(before + 1);
    expect(records.at(-1)).toMatchObject({ result: "refused" });
  });
});

describe("smoke test route", () => {
  it("runs one node alone as the operator, audited, and answers its DAG", async () => {
    const nodeId = nodeIdOf.get("ods_cs_chats")!;
    const request = testRequest(`${base()}/smoke-tests`, { as: operator, body: { nodeId, bizdate: yesterday(), reason: "check the new source" } });
    const { status, body } = await readResponse<Data<TSmokeTestResult>>(await POST_SMOKE_TEST(request, workspaceParams()));
    expect(status).toBe(201);
    const detail = await readResponse<Data<TDagDetail>>(await GET_DAG(testRequest(`${base()}/dags/${body.data.dagId}`, { as: viewer }), dagParams(body.data.dagId)));
    expect(detail.body.data.dag.type).toBe("SMOKE_TEST");
    const [record] = await auditRows("smoke-tests.create");
    expect(record).toMatchObject({ result: "ok", reason: "check the new source" });
    expect(JSON.parse(record!.targetIds)).toEqual([nodeId]);
  });

  it("answers 404 for an unknown node, audited as refused", async () => {
    const request = testRequest(`${base()}/smoke-tests`, { as: operator, body: { nodeId: "424242", bizdate: yesterday(), reason: "x" } });
    const { status } = await readResponse<ErrorBody>(await POST_SMOKE_TEST(request, workspaceParams()));
    expect(status).toBe(404);
    expect((await auditRows("smoke-tests.create")).at(-1)).toMatchObject({ result: "refused" });
  });

  it("refuses a date that is not a date with 422 naming it", async () => {
    const request = testRequest(`${base()}/smoke-tests`, { as: operator, body: { nodeId: "1", bizdate: "yesterday", reason: "x" } });
    const { status, body } = await readResponse<ErrorBody>(await POST_SMOKE_TEST(request, workspaceParams()));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(["bizdate"]);
  });
});

describe("DAG routes", () => {
  it("finds the daily DAG of the current business date and draws its graph with edges", async () => {
    const list = await readResponse<Data<TDagList>>(await GET(testRequest(`${base()}/dags`, { as: viewer }), workspaceParams()));
    expect(list.body.data.bizdate).toBe(currentBizdate(Date.now(), TIMEZONE));
    const daily = list.body.data.dailyDag;
    expect(daily).toMatchObject({ type: "DAILY", bizdate: list.body.data.bizdate });

    const graph = await readResponse<Data<TDagGraph>>(await GET_GRAPH(testRequest(`${base()}/dags/${daily!.dagId}/graph`, { as: viewer }), dagParams(daily!.dagId)));
    expect(graph.status).toBe(200);
    const ids = new Set(graph.body.data.instances.map((instance) => instance.instanceId));
    expect(ids.size).toBe(graph.body.data.instanceCount);
    expect(graph.body.data.edges.length).toBeGreaterThan(graph.body.data.instanceCount / 2);
    expect(graph.body.data.edges.every((edge) => ids.has(edge.parentId) && ids.has(edge.childId))).toBe(true);
  });

  it("answers 404 for a DAG the data service does not know", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET_DAG(testRequest(`${base()}/dags/77`, { as: viewer }), dagParams("77")));
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});
