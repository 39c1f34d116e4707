import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_NEIGHBOURS_PER_SIDE, type TBaselineBoard, type TBaselineInstanceDetail, type TBaselineInstanceSummary, type TKeyPathNeighbourhood } from "@/lib/contracts/baselines";
import { ZListInstanceDependenciesAnswer } from "@/lib/server/instance-detail/upstream-schemas";
import { DEMO_PROJECT_ID, DEMO_ROUTES_START_TIMEOUT_MS, demoRoutesFixture, readResponse, routeParams, testRequest, type TDemoRoutes } from "@/lib/testing";
import { GET as GET_BOARD } from "../../../route";
import { GET as GET_BASELINE_INSTANCE } from "../route";
import { GET } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const demoRoutes = demoRoutesFixture();
let demo: TDemoRoutes;
/** The demo's baseline instance with the longest key path, and that path. */
let subject: { item: TBaselineInstanceSummary; detail: TBaselineInstanceDetail };

const api = (path: string) => `/api/s/${demo.serviceId}/p/${DEMO_PROJECT_ID}${path}`;
const paramsOf = (baselineId: string, bizdate: string) => routeParams({ serviceId: String(demo.serviceId), projectId: DEMO_PROJECT_ID, baselineId, bizdate });
const neighbourhoodPath = (item: { baselineId: string; bizdate: string; inGroupId: number }, query = "") => api(`/baselines/${item.baselineId}/${item.bizdate}/neighbourhood?inGroupId=${item.inGroupId}${query}`);

async function readNeighbourhood(hops: number): Promise<TKeyPathNeighbourhood> {
  const { item } = subject;
  const { status, body } = await readResponse<Data<TKeyPathNeighbourhood>>(await GET(testRequest(neighbourhoodPath(item, `&hops=${hops}`), { as: demo.viewer }), paramsOf(item.baselineId, item.bizdate)));
  expect(status).toBe(200);
  return body.data;
}

/**
 * The one- and two-hop neighbourhoods of the same state. The demo runs live: between two reads an
 * instance may finish, which changes the key path or which neighbours rank first within the
 * per-side limit; a pair is taken only when a one-hop read after it shows the same instances.
 */
async function readOneAndTwoHopsOfOneState(): Promise<{ one: TKeyPathNeighbourhood; two: TKeyPathNeighbourhood }> {
  const stateOf = (graph: TKeyPathNeighbourhood) => JSON.stringify(graph.instances.map((instance) => [instance.instanceId, instance.status]));
  for (let attempt = 0; attempt < 5; attempt++) {
    const one = await readNeighbourhood(1);
    const two = await readNeighbourhood(2);
    if (stateOf(await readNeighbourhood(1)) === stateOf(one)) return { one, two };
  }
  throw new Error("the one-hop neighbourhood changed during each of 5 attempts");
}

/** The instances one hop from an instance, read from the engine directly (not through the console). */
async function directNeighbours(instanceId: string) {
  const answer = await demo.client.call("ListInstanceDependencies", { InstanceId: instanceId, Direction: "BOTH", Depth: 1, MaxInstances: 5000, ProjectEnv: "PROD" }, ZListInstanceDependenciesAnswer);
  return { ids: answer.Data.Instances.map((instance) => instance.InstanceId), edges: answer.Data.Edges.map((edge) => `${edge.ParentInstanceId}>${edge.ChildInstanceId}`) };
}

beforeAll(async () => {
  demo = await demoRoutes.start();
  const board = (await readResponse<Data<TBaselineBoard>>(await GET_BOARD(testRequest(api("/baselines"), { as: demo.viewer }), routeParams({ serviceId: String(demo.serviceId), projectId: DEMO_PROJECT_ID })))).body.data;
  for (const item of board.items) {
    const path = api(`/baselines/${item.baselineId}/${item.bizdate}?inGroupId=${item.inGroupId}`);
    const detail = (await readResponse<Data<TBaselineInstanceDetail>>(await GET_BASELINE_INSTANCE(testRequest(path, { as: demo.viewer }), paramsOf(item.baselineId, item.bizdate)))).body.data;
    if (!subject || detail.keyPath.length > subject.detail.keyPath.length) subject = { item, detail };
  }
}, DEMO_ROUTES_START_TIMEOUT_MS);

afterAll(() => demoRoutes.stop());

describe("GET …/baselines/{baselineId}/{bizdate}/neighbourhood", () => {
  it("answers the key path first, then each key path instance's direct parents and children, up to the per-side limit", async () => {
    expect(subject.detail.keyPath.length).toBeGreaterThan(1);
    const graph = await readNeighbourhood(1);
    const keyPathIds = subject.detail.keyPath.map((entry) => entry.instanceId);
    const onPath = new Set(keyPathIds);
    expect(graph).toMatchObject({ hops: 1, source: "instance-edges", unreadCount: 0, timezone: "Asia/Shanghai", isTotalAtLeast: false, perSideLimit: MAX_NEIGHBOURS_PER_SIDE });
    expect(graph.keyPathIds).toEqual(keyPathIds);
    expect(graph.instances.slice(0, keyPathIds.length).map((instance) => [instance.instanceId, instance.relation, instance.hop])).toEqual(keyPathIds.map((id) => [id, "keyPath", 0]));
    expect(graph.instances.length).toBeGreaterThan(keyPathIds.length);

    const drawn = new Set(graph.instances.map((instance) => instance.instanceId));
    const drawnEdges = new Set(graph.edges.map((edge) => `${edge.parentId}>${edge.childId}`));
    const found = new Set(keyPathIds);
    for (const id of keyPathIds) {
      const direct = await directNeighbours(id);
      const parents = direct.edges.filter((edge) => edge.endsWith(`>${id}`)).map((edge) => edge.split(">")[0]!).filter((other) => !onPath.has(other));
      const children = direct.edges.filter((edge) => edge.startsWith(`${id}>`)).map((edge) => edge.split(">")[1]!).filter((other) => !onPath.has(other));
      for (const [side, ids] of [["parents", parents], ["children", children]] as const) {
        ids.forEach((other) => found.add(other));
        const shown = ids.filter((other) => drawn.has(other)).length;
        expect(shown, `${side} of key path instance ${id}`).toBeGreaterThanOrEqual(Math.min(ids.length, MAX_NEIGHBOURS_PER_SIDE));
      }
      // Every edge the engine knows between two drawn instances is drawn.
      for (const edge of direct.edges) {
        const [parent, child] = edge.split(">");
        if (drawn.has(parent!) && drawn.has(child!)) expect(drawnEdges.has(edge), `edge ${edge}`).toBe(true);
      }
    }
    expect(graph.totalCount).toBe(found.size);
    expect([...drawn].every((id) => found.has(id))).toBe(true);
    const keyPathEdges = graph.edges.filter((edge) => edge.isOnKeyPath).map((edge) => `${edge.parentId}>${edge.childId}`);
    expect(keyPathEdges).toEqual(keyPathIds.slice(1).map((id, index) => `${keyPathIds[index]}>${id}`));
    // Every neighbour is a parent (upstream) or a child (downstream) of some key path instance.
    for (const instance of graph.instances.filter((candidate) => candidate.relation !== "keyPath")) {
      const touching = graph.edges.filter((edge) => (instance.relation === "upstream" ? edge.parentId === instance.instanceId && onPath.has(edge.childId) : edge.childId === instance.instanceId && onPath.has(edge.parentId)));
      expect(touching.length, `${instance.nodeName} (${instance.relation})`).toBeGreaterThan(0);
    }
  });

  it("reaches further at two hops and keeps every instance of one hop", async () => {
    const { one, two } = await readOneAndTwoHopsOfOneState();
    const twoIds = new Set(two.instances.map((instance) => instance.instanceId));
    expect(one.instances.every((instance) => twoIds.has(instance.instanceId))).toBe(true);
    expect(two.instances.every((instance) => instance.hop <= 2)).toBe(true);
    expect(two.instances.length).toBeGreaterThanOrEqual(one.instances.length);
  });

  it("refuses hops out of range and a bad cycle with 422 naming the field", async () => {
    const { item } = subject;
    for (const [query, field] of [["&hops=3", "hops"], ["&hops=one", "hops"], ["&hops=0", "hops"]] as const) {
      const { status, body } = await readResponse<ErrorBody>(await GET(testRequest(neighbourhoodPath(item, query), { as: demo.viewer }), paramsOf(item.baselineId, item.bizdate)));
      expect(status, query).toBe(422);
      expect(body.error.issues?.map((issue) => issue.path)).toEqual([field]);
    }
    const cycle = await readResponse<ErrorBody>(await GET(testRequest(api(`/baselines/${item.baselineId}/${item.bizdate}/neighbourhood?inGroupId=25`), { as: demo.viewer }), paramsOf(item.baselineId, item.bizdate)));
    expect(cycle.body.error.issues?.map((issue) => issue.path)).toEqual(["inGroupId"]);
  });

  it("answers 401 without a session and 404 for a baseline the data service does not know", async () => {
    const { item } = subject;
    const anonymous = await readResponse(await GET(testRequest(neighbourhoodPath(item)), paramsOf(item.baselineId, item.bizdate)));
    expect(anonymous.status).toBe(401);
    const missing = await readResponse<ErrorBody>(await GET(testRequest(api("/baselines/424242/2024-05-26/neighbourhood"), { as: demo.viewer }), paramsOf("424242", "2024-05-26")));
    expect(missing.status).toBe(404);
  });
});
