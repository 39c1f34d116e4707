import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZInstanceListQuery } from "@/lib/contracts/instances";
import { createTestConsoleDb, createTestDataService, type TTestConsoleDb } from "@/lib/testing";
import { DOWNSTREAM_UNAVAILABLE } from "./downstream-counts";
import { listInstancePage } from "./list-instances";
import { previewInstanceAction } from "./preview-instance-action";

/**
 * A stand-in for real DataWorks on 127.0.0.1: no Nightshift extensions (no NextCursor, no
 * CountInstanceDownstream), ListInstances requires NodeId, GetProject names no time zone.
 */
function instance(id: number, status: string) {
  return {
    InstanceId: id,
    NodeId: 42,
    NodeName: "ods_orders",
    DagId: 7,
    DagType: "DAILY",
    Status: status,
    TaskType: "NORMAL",
    Bizdate: Date.UTC(2024, 4, 25, 16),
    CycTime: Date.UTC(2024, 4, 26, 16),
    BeginWaitTimeTime: null,
    BeginWaitResTime: null,
    BeginRunningTime: null,
    FinishTime: null,
    Priority: 1,
    TaskRerunTime: 0,
    Repeatability: true,
    CreateUser: "system",
  };
}

function answer(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function fakeDataWorks(): http.Server {
  return http.createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      const params = new URLSearchParams(request.method === "POST" ? text : (request.url ?? "").split("?")[1]);
      const gatewayError = (code: string) => ({ RequestId: "R1", HostId: "dataworks.cn-shanghai.aliyuncs.com", Code: code, Message: `${code} here`, Recommend: "" });
      switch (params.get("Action")) {
        case "GetProject":
          return answer(response, 200, { RequestId: "R", HttpStatusCode: 200, Success: true, Data: { ProjectId: 1, ProjectName: "p" } });
        case "GetNode":
          return answer(response, 200, { RequestId: "R", Success: true, Data: { NodeId: 42, OwnerId: "9527", ProgramType: "ODPS_SQL" } });
        case "ListInstances":
          if (!params.get("NodeId")) return answer(response, 400, gatewayError("MissingParameter"));
          return answer(response, 200, {
            RequestId: "R",
            Success: true,
            Data: { PageNumber: Number(params.get("PageNumber") ?? 1), PageSize: 25, TotalCount: 30, Instances: [instance(1001, "FAILURE"), instance(1002, "SUCCESS")] },
          });
        case "GetInstance":
          return answer(response, 200, { RequestId: "R", Success: true, Data: instance(Number(params.get("InstanceId")), "FAILURE") });
        default:
          return answer(response, 404, gatewayError("InvalidAction.NotFound"));
      }
    });
  });
}

describe("against a DataWorks without Nightshift's extensions", () => {
  let consoleDb: TTestConsoleDb;
  let server: http.Server;
  let serviceId: number;

  beforeAll(async () => {
    consoleDb = await createTestConsoleDb();
    server = fakeDataWorks();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    serviceId = await createTestDataService({ url: `http://127.0.0.1:${port}`, accessKeyId: "LTAIfake000000", accessKeySecret: "fake-secret-0000000000" });
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await consoleDb?.close();
  });

  it("answers an empty list that asks for a node when the upstream cannot list without one", async () => {
    const page = await listInstancePage({ serviceId, projectId: "1", query: ZInstanceListQuery.parse({ status: "FAILURE" }) });
    expect(page).toMatchObject({ items: [], needsNode: true, paging: "page" });
  });

  it("pages by PageNumber when the upstream has no cursor, in the default zone, with the node's owner and type", async () => {
    const page = await listInstancePage({ serviceId, projectId: "1", query: ZInstanceListQuery.parse({ nodeId: "42", pageSize: "25" }) });
    expect(page).toMatchObject({ paging: "page", page: 1, totalCount: 30, hasNextPage: true, nextCursor: null, timezone: "Asia/Shanghai", needsNode: false });
    expect(page.items.map((item) => [item.instanceId, item.bizdate, item.owner, item.programType])).toEqual([
      ["1001", "2024-05-26", "9527", "ODPS_SQL"],
      ["1002", "2024-05-26", "9527", "ODPS_SQL"],
    ]);
    const second = await listInstancePage({ serviceId, projectId: "1", query: ZInstanceListQuery.parse({ nodeId: "42", pageSize: "25", page: "2" }) });
    expect(second.hasNextPage).toBe(false);
  });

  it("previews without downstream counts, saying why, when CountInstanceDownstream is unknown", async () => {
    const preview = await previewInstanceAction({ serviceId, projectId: "1", action: "rerun", selection: { ids: ["1001"] } });
    expect(preview.items.map((item) => [item.instance.instanceId, item.verdict, item.downstream])).toEqual([["1001", "applies", null]]);
    expect(preview.downstream).toEqual({ isAvailable: false, unavailableReason: DOWNSTREAM_UNAVAILABLE.unknownAction, union: null });
  });
});
