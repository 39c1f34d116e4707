import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TNodeCode, TNodeDetail, TNodeDownstream, TNodeList, TNodeOperationResult } from "@/lib/contracts/nodes";
import { getConsoleDb } from "@/lib/server/db";
import { DEMO_PROJECT_ID, DEMO_ROUTES_START_TIMEOUT_MS, demoRoutesFixture, readResponse, routeParams, testRequest, type TTestActor } from "@/lib/testing";
import { GET as GET_CODE } from "./[nodeId]/code/route";
import { GET as GET_DOWNSTREAM } from "./[nodeId]/downstream/route";
import { POST as POST_OWNER } from "./[nodeId]/owner/route";
import { GET as GET_NODE } from "./[nodeId]/route";
import { POST as POST_RUN_MODE } from "./[nodeId]/run-mode/route";
import { GET } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const PROJECT_ID = DEMO_PROJECT_ID;
const demoRoutes = demoRoutesFixture();
let serviceId: number;
let viewer: TTestActor;
let operator: TTestActor;

const base = () => `/api/s/${serviceId}/p/${PROJECT_ID}/nodes`;
const workspaceParams = () => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID });
const nodeParams = (nodeId: string) => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID, nodeId });

async function auditRows(action: string) {
  const db = await getConsoleDb();
  return db.auditRecord.findMany({ where: { action }, orderBy: { id: "asc" } });
}

async function findNode(name: string): Promise<TNodeList["items"][number]> {
  const { body } = await readResponse<Data<TNodeList>>(await GET(testRequest(`${base()}?name=${name}`, { as: viewer }), workspaceParams()));
  const node = body.data.items.find((item) => item.name === name);
  if (!node) throw new Error(`the demo has no node ${name}`);
  return node;
}

beforeAll(async () => {
  ({ serviceId, viewer, operator } = await demoRoutes.start());
}, DEMO_ROUTES_START_TIMEOUT_MS);

afterAll(() => demoRoutes.stop());

describe("node routes", () => {
  it("lists the workspace's nodes matching a name, with their schedule read", async () => {
    const { status, body } = await readResponse<Data<TNodeList>>(await GET(testRequest(`${base()}?name=ods_&pageSize=25`, { as: viewer }), workspaceParams()));
    expect(status).toBe(200);
    expect(body.data.items.length).toBeGreaterThan(0);
    expect(body.data.items.every((node) => node.name.includes("ods_"))).toBe(true);
    expect(body.data.items[0]?.schedule.isParsed).toBe(true);
    expect(body.data).toMatchObject({ page: 1, pageSize: 25, timezone: "Asia/Shanghai" });
  });

  it("refuses a page size it does not offer with 422 naming it", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET(testRequest(`${base()}?pageSize=7`, { as: viewer }), workspaceParams()));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toContain("pageSize");
  });

  it("answers a node with its parents and children, and its code", async () => {
    const start = await findNode("demo_start");
    const detail = await readResponse<Data<TNodeDetail>>(await GET_NODE(testRequest(`${base()}/${start.nodeId}`, { as: viewer }), nodeParams(start.nodeId)));
    expect(detail.status).toBe(200);
    expect(detail.body.data.node).toMatchObject({ nodeId: start.nodeId, name: "demo_start" });
    expect(detail.body.data.parents).toEqual([]);
    expect(detail.body.data.children.length).toBeGreaterThan(0);

    const child = detail.body.data.children[0]!;
    const code = await readResponse<Data<TNodeCode>>(await GET_CODE(testRequest(`${base()}/${child.nodeId}/code`, { as: viewer }), nodeParams(child.nodeId)));
    expect(code.status).toBe(200);
    expect(typeof code.body.data.code).toBe("string");
  });

  it("walks every node below a node, each once", async () => {
    const start = await findNode("demo_start");
    const { body } = await readResponse<Data<TNodeDownstream>>(await GET_DOWNSTREAM(testRequest(`${base()}/${start.nodeId}/downstream`, { as: viewer }), nodeParams(start.nodeId)));
    const ids = body.data.nodes.map((node) => node.nodeId);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(start.nodeId);
  });

  it("answers 404 for a node the data service does not know", async () => {
    const { status, body } = await readResponse<ErrorBody>(await GET_NODE(testRequest(`${base()}/424242`, { as: viewer }), nodeParams("424242")));
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it("does not let a viewer freeze a node", async () => {
    const node = await findNode("ods_cs_tickets");
    const request = testRequest(`${base()}/${node.nodeId}/run-mode`, { as: viewer, body: { isFrozen: true, reason: "maintenance" } });
    const { status } = await readResponse<ErrorBody>(await POST_RUN_MODE(request, nodeParams(node.nodeId)));
    expect(status).toBe(403);
  });

  it("requires a reason to freeze", async () => {
    const node = await findNode("ods_cs_tickets");
    const request = testRequest(`${base()}/${node.nodeId}/run-mode`, { as: operator, body: { isFrozen: true, reason: " " } });
    const { status, body } = await readResponse<ErrorBody>(await POST_RUN_MODE(request, nodeParams(node.nodeId)));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(["reason"]);
  });

  it("freezes and unfreezes a node as the operator, one audit record each", async () => {
    const node = await findNode("ods_cs_tickets");
    const freeze = await readResponse<Data<TNodeOperationResult>>(
      await POST_RUN_MODE(testRequest(`${base()}/${node.nodeId}/run-mode`, { as: operator, body: { isFrozen: true, reason: "source maintenance" } }), nodeParams(node.nodeId)),
    );
    expect(freeze.status).toBe(200);
    expect(freeze.body.data.node).toMatchObject({ isFrozen: true, schedulerType: "PAUSE" });
    const unfreeze = await readResponse<Data<TNodeOperationResult>>(
      await POST_RUN_MODE(testRequest(`${base()}/${node.nodeId}/run-mode`, { as: operator, body: { isFrozen: false, reason: "maintenance over" } }), nodeParams(node.nodeId)),
    );
    expect(unfreeze.body.data.node).toMatchObject({ isFrozen: false, schedulerType: "NORMAL" });

    const [frozenRecord] = await auditRows("nodes.freeze");
    expect(frozenRecord).toMatchObject({ actorName: operator.username, result: "ok", reason: "source maintenance", targetType: "node", serviceId, projectId: PROJECT_ID });
    expect(JSON.parse(frozenRecord!.targetIds)).toEqual([node.nodeId]);
    expect(JSON.parse(frozenRecord!.details)).toEqual({ before: { schedulerType: "NORMAL" }, after: { schedulerType: "PAUSE" } });
    expect(await auditRows("nodes.unfreeze")).toHaveLength(1);
  });

  it("gives a node a new owner, audited", async () => {
    const node = await findNode("ods_cs_chats");
    const { status, body } = await readResponse<Data<TNodeOperationResult>>(
      await POST_OWNER(testRequest(`${base()}/${node.nodeId}/owner`, { as: operator, body: { ownerId: "erin", reason: "dave moved team" } }), nodeParams(node.nodeId)),
    );
    expect(status).toBe(200);
    expect(body.data.node.owner).toBe("erin");
    const [record] = await auditRows("nodes.owner");
    expect(record).toMatchObject({ result: "ok", reason: "dave moved team" });
    expect(JSON.parse(record!.details)).toEqual({ before: { ownerId: node.owner }, after: { ownerId: "erin" } });
  });

  it("audits a refused change of an unknown node", async () => {
    const { status } = await readResponse<ErrorBody>(
      await POST_OWNER(testRequest(`${base()}/424242/owner`, { as: operator, body: { ownerId: "erin", reason: "test" } }), nodeParams("424242")),
    );
    expect(status).toBe(404);
    const records = await auditRows("nodes.owner");
    expect(records.at(-1)).toMatchObject({ result: "refused" });
    expect(JSON.parse(records.at(-1)!.targetIds)).toEqual(["424242"]);
  });
});
