import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestConsoleDb, createTestDataService, type TTestConsoleDb } from "@/lib/testing";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { getNodeFacts, NODE_LISTING_THRESHOLD } from "./node-facts";

/** A DataWorks stand-in on 127.0.0.1 with `nodeCount` nodes (IDs 1…), counting the calls it answers. */
type TFakeNodes = { nodeCount: number; isListingDown: boolean; listed: number[]; got: string[] };

function fakeDataWorks(state: TFakeNodes): http.Server {
  return http.createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      const params = new URLSearchParams(request.method === "POST" ? text : (request.url ?? "").split("?")[1]);
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      const node = (id: number) => ({ NodeId: id, NodeName: `node_${id}`, OwnerId: `owner-${id}`, ProgramType: id % 2 ? "ODPS_SQL" : "SHELL" });
      if (params.get("Action") === "ListNodes") {
        const page = Number(params.get("PageNumber"));
        const size = Number(params.get("PageSize"));
        state.listed.push(page);
        if (state.isListingDown) return answer(503, { RequestId: "R", Code: "ServiceUnavailable", Message: "down" });
        const ids = Array.from({ length: Math.max(0, Math.min(size, state.nodeCount - (page - 1) * size)) }, (_, index) => (page - 1) * size + index + 1);
        return answer(200, { RequestId: "R", Success: true, Data: { PageNumber: page, PageSize: size, TotalCount: state.nodeCount, Nodes: ids.map(node) } });
      }
      if (params.get("Action") === "GetNode") {
        const id = params.get("NodeId") ?? "";
        state.got.push(id);
        return answer(200, { RequestId: "R", Success: true, Data: node(Number(id)) });
      }
      return answer(404, { RequestId: "R", Code: "InvalidAction.NotFound", Message: "no such action" });
    });
  });
}

const idsFrom = (first: number, count: number) => Array.from({ length: count }, (_, index) => String(first + index));

describe("getNodeFacts", () => {
  let consoleDb: TTestConsoleDb;
  let server: http.Server;
  let url: string;
  const state: TFakeNodes = { nodeCount: 0, isListingDown: false, listed: [], got: [] };

  beforeAll(async () => {
    consoleDb = await createTestConsoleDb();
    server = fakeDataWorks(state);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await consoleDb?.close();
  });

  beforeEach(() => Object.assign(state, { nodeCount: 250, isListingDown: false, listed: [], got: [] }));

  // Each case registers a service of its own: the caches are per service.
  let services = 0;
  async function freshWorkspace() {
    services += 1;
    const serviceId = await createTestDataService({ url, accessKeyId: "LTAIfake000000", accessKeySecret: "fake-secret-0000000000" }, { name: `fake-dataworks-${services}` });
    return { client: await getDataWorksClient(serviceId), workspace: { serviceId, projectId: "1" } };
  }

  it("learns a page's many unknown nodes from ListNodes pages instead of a GetNode each", async () => {
    const { client, workspace } = await freshWorkspace();
    const facts = await getNodeFacts(client, workspace, [...idsFrom(1, 30), ...idsFrom(180, 5), "1"]);
    expect(state.listed).toEqual([1, 2]);
    expect(state.got).toEqual([]);
    expect(facts.size).toBe(35);
    expect(facts.get("181")).toEqual({ owner: "owner-181", programType: "ODPS_SQL" });
    // Every node the walk saw is known now, also those the first page did not name.
    await getNodeFacts(client, workspace, idsFrom(100, 50));
    expect(state.listed).toEqual([1, 2]);
    expect(state.got).toEqual([]);
  });

  it("asks GetNode for a few unknown nodes, and for those the walk did not find", async () => {
    const { client, workspace } = await freshWorkspace();
    await getNodeFacts(client, workspace, idsFrom(1, NODE_LISTING_THRESHOLD));
    expect(state.listed).toEqual([]);
    expect(state.got.sort()).toEqual(idsFrom(1, NODE_LISTING_THRESHOLD).sort());

    state.got = [];
    const facts = await getNodeFacts(client, workspace, [...idsFrom(20, 10), "900"]);
    expect(state.listed).toEqual([1, 2, 3]);
    expect(state.got).toEqual(["900"]);
    expect(facts.get("900")).toEqual({ owner: "owner-900", programType: "SHELL" });
  });

  it("falls back to GetNode for every node when the listing fails", async () => {
    const { client, workspace } = await freshWorkspace();
    state.isListingDown = true;
    const facts = await getNodeFacts(client, workspace, idsFrom(1, 12));
    expect(state.listed.length).toBeGreaterThan(0);
    expect(state.got).toHaveLength(12);
    expect(facts.get("12")).toEqual({ owner: "owner-12", programType: "SHELL" });
  });
});
