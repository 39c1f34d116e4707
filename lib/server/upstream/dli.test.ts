import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHuaweiTestServer, type TCloudCheckServer } from "@/lib/testing/cloud-check-servers";
import { DliClient } from "./dli";

const CREDENTIALS = { accessKeyId: "HWDLITESTAK", secretAccessKey: "hw-dli-test-secret", projectId: "054ba152d480d55b2f5dc0069e7ddef0" };
const CONNECTION_ID = "378eb1e6-521d-41a4-a41c-bbb58f34a6d6";

let server: TCloudCheckServer;
beforeAll(async () => {
  server = await startHuaweiTestServer(CREDENTIALS);
});
afterAll(() => server?.close());

function client(secretAccessKey = CREDENTIALS.secretAccessKey) {
  return new DliClient({ endpoint: server.url, region: "cn-north-4", projectId: CREDENTIALS.projectId, accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey });
}

describe("DLI datasource connection client", () => {
  it("signs a GET the test server verifies and reads the reference's example", async () => {
    const answer = await client().getDatasourceConnection(CONNECTION_ID);
    const request = server.requests.at(-1)!;
    expect(request.signatureValid).toBe(true);
    expect(request.url).toBe(`/v2.0/${CREDENTIALS.projectId}/datasource-connection/${CONNECTION_ID}`);
    expect(request.headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(answer).toMatchObject({ ok: true, httpStatus: 200, body: { state: "CREATING", process: 0, name: "op", connection_id: CONNECTION_ID } });
  });

  it("answers a refused signature as a failed call with the gateway's code", async () => {
    const answer = await client("wrong-secret").getDatasourceConnection(CONNECTION_ID);
    expect(server.requests.at(-1)?.signatureValid).toBe(false);
    expect(answer).toMatchObject({ ok: false, httpStatus: 401, code: "APIGW.0301" });
  });

  it("reads per-queue status when DLI sends it", async () => {
    server.replyOnce({
      status: 200,
      body: { is_success: true, state: "ACTIVE", name: "op", available_queue_info: [{ name: "q1", status: "ACTIVE", peer_id: "p1", update_time: 1566180327674 }, { name: "q2", status: "FAILED", err_msg: "no route" }] },
    });
    const answer = await client().getDatasourceConnection(CONNECTION_ID);
    expect(answer.ok && answer.body.available_queue_info?.map((queue) => queue.status)).toEqual(["ACTIVE", "FAILED"]);
  });

  it("refuses an answer of an unknown shape with UPSTREAM_ERROR", async () => {
    server.replyOnce({ status: 200, body: { process: 7 } });
    await expect(client().getDatasourceConnection(CONNECTION_ID)).rejects.toMatchObject({ code: "UPSTREAM_ERROR" });
  });
});
