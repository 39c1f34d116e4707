import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHuaweiTestServer, type TCloudCheckServer } from "@/lib/testing/cloud-check-servers";
import { DrsClient, type DrsBatchConnectionJob } from "./drs";

const CREDENTIALS = { accessKeyId: "HWDRSTESTAK", secretAccessKey: "hw-drs-test-secret", projectId: "054ba152d480d55b2f5dc0069e7ddef0" };
const JOB: DrsBatchConnectionJob = {
  id: "140b5236-88ad-43c8-811c-1268453jb101",
  ip: "127.0.0.1",
  net_type: "eip",
  db_type: "mysql",
  db_port: 3306,
  db_user: "root",
  db_password: "Drs-Pass-3",
  ssl_link: false,
  end_point_type: "so",
};

let server: TCloudCheckServer;
beforeAll(async () => {
  server = await startHuaweiTestServer(CREDENTIALS);
});
afterAll(() => server?.close());

function client(secretAccessKey = CREDENTIALS.secretAccessKey) {
  return new DrsClient({ endpoint: server.url, region: "cn-north-4", projectId: CREDENTIALS.projectId, accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey });
}

describe("DRS batch connection test client", () => {
  it("signs a POST whose body the test server hashes into the signature, and reads the example answer", async () => {
    const answer = await client().batchTestConnections([JOB]);
    const request = server.requests.at(-1)!;
    expect(request.signatureValid).toBe(true);
    expect(request.url).toBe(`/v3/${CREDENTIALS.projectId}/jobs/batch-connection`);
    expect(JSON.parse(request.body)).toEqual({ jobs: [JOB] });
    expect(answer).toEqual({ ok: true, httpStatus: 200, body: { results: [{ success: true, id: JOB.id, status: "success" }], count: 1 } });
  });

  it("answers a refused signature as a failed call", async () => {
    const answer = await client("wrong-secret").batchTestConnections([JOB]);
    expect(answer).toMatchObject({ ok: false, httpStatus: 401, code: "APIGW.0301" });
  });

  it("keeps a 400 answer's error code and message", async () => {
    server.replyOnce({ status: 400, body: { error_code: "DRS.10000010", error_msg: "The task is not in CONFIGURATION status." } });
    const answer = await client().batchTestConnections([JOB]);
    expect(answer).toEqual({ ok: false, httpStatus: 400, code: "DRS.10000010", message: "The task is not in CONFIGURATION status." });
  });
});
