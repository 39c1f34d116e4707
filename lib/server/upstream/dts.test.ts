import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDtsTestServer, type TCloudCheckServer } from "@/lib/testing/cloud-check-servers";
import { DtsClient, type DtsEndpoint } from "./dts";
import { computeSignature } from "./rpc-signature";

const CREDENTIALS = { accessKeyId: "LTAIdtsTestKey", accessKeySecret: "dts-test-secret-value" };
const SOURCE: DtsEndpoint = { InstanceType: "LocalInstance", EngineName: "MySQL", IP: "127.0.0.1", Port: "3306", UserName: "dtstest", Password: "Source-Pass-1" };
const DESTINATION: DtsEndpoint = { InstanceType: "RDS", EngineName: "PostgreSQL", InstanceID: "rm-test", DatabaseName: "dtstestdata", UserName: "dtstest", Password: "Dest-Pass-2" };

let server: TCloudCheckServer;
beforeAll(async () => {
  server = await startDtsTestServer(CREDENTIALS);
});
afterAll(() => server?.close());

describe("DTS DescribeConnectionStatus client", () => {
  it("signs a request the test server accepts and reads the reference's example answer", async () => {
    const client = new DtsClient({ endpoint: server.url, regionId: "cn-hangzhou", ...CREDENTIALS });
    const answer = await client.describeConnectionStatus(SOURCE, DESTINATION);
    expect(server.requests.at(-1)?.signatureValid).toBe(true);
    expect(answer.httpStatus).toBe(200);
    expect(answer.body.Success).toBe(true);
    expect(answer.body.SourceConnectionStatus?.connectRes).toBe(true);
    expect(answer.body.SourceConnectionStatus?.connectDetail.map((check) => check.testName)).toEqual(["Oracle JDBC Connect", "Ping ", "Telnet "]);
    expect(answer.body.DestinationConnectionStatus?.connectDetail).toHaveLength(3);
  });

  it("sends the endpoint parameters with their DTS names in a POST body, never in the URL", async () => {
    const client = new DtsClient({ endpoint: server.url, regionId: "cn-hangzhou", ...CREDENTIALS });
    await client.describeConnectionStatus(SOURCE, DESTINATION);
    const request = server.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/");
    const form = new URLSearchParams(request.body);
    expect(form.get("SourceEndpointIP")).toBe("127.0.0.1");
    expect(form.get("DestinationEndpointInstanceID")).toBe("rm-test");
    expect(form.get("SourceEndpointPassword")).toBe("Source-Pass-1");
    expect(form.get("Version")).toBe("2020-01-01");
  });

  it("signs exactly the documented string to sign (fixed time and nonce)", () => {
    const client = new DtsClient({ endpoint: server.url, regionId: "cn-hangzhou", ...CREDENTIALS }, { now: () => new Date("2026-01-02T03:04:05Z"), nonce: () => "nonce-1" });
    const params = client.signedParameters({ InstanceType: "RDS" }, { InstanceType: "RDS" });
    expect(params.Timestamp).toBe("2026-01-02T03:04:05Z");
    const { Signature, ...rest } = params;
    expect(Signature).toBe(computeSignature("POST", rest, CREDENTIALS.accessKeySecret));
  });

  it("reports a refused signature as a failed call with DTS's code, not as a result", async () => {
    const client = new DtsClient({ endpoint: server.url, regionId: "cn-hangzhou", accessKeyId: CREDENTIALS.accessKeyId, accessKeySecret: "wrong-secret" });
    const answer = await client.describeConnectionStatus(SOURCE, DESTINATION);
    expect(server.requests.at(-1)?.signatureValid).toBe(false);
    expect(answer.httpStatus).toBe(400);
    expect(answer.body).toMatchObject({ Success: false, ErrCode: "SignatureDoesNotMatch" });
  });

  it("reads a 200 answer with Success \"false\" and ErrCode as the failure it is", async () => {
    server.replyOnce({ status: 200, body: { RequestId: "R-1", Success: "false", ErrCode: "InternalError", ErrMessage: "The request processing has failed due to some unknown error." } });
    const client = new DtsClient({ endpoint: server.url, regionId: "cn-hangzhou", ...CREDENTIALS });
    const answer = await client.describeConnectionStatus(SOURCE, DESTINATION);
    expect(answer.body).toMatchObject({ Success: "false", ErrCode: "InternalError" });
  });

  it("refuses an answer of an unknown shape with UPSTREAM_ERROR", async () => {
    server.replyOnce({ status: 200, body: { SourceConnectionStatus: { connectRes: "maybe" } } });
    const client = new DtsClient({ endpoint: server.url, regionId: "cn-hangzhou", ...CREDENTIALS });
    await expect(client.describeConnectionStatus(SOURCE, DESTINATION)).rejects.toMatchObject({ code: "UPSTREAM_ERROR" });
  });

  it("maps a closed port to UPSTREAM_UNREACHABLE and a silent listener to UPSTREAM_TIMEOUT", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = new DtsClient({ endpoint: `http://127.0.0.1:${closedPort}`, regionId: "cn-hangzhou", ...CREDENTIALS });
    await expect(refused.describeConnectionStatus(SOURCE, DESTINATION)).rejects.toMatchObject({ code: "UPSTREAM_UNREACHABLE" });

    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentPort = (silent.address() as net.AddressInfo).port;
    try {
      const slow = new DtsClient({ endpoint: `http://127.0.0.1:${silentPort}`, regionId: "cn-hangzhou", ...CREDENTIALS }, { timeoutMs: 300 });
      await expect(slow.describeConnectionStatus(SOURCE, DESTINATION)).rejects.toMatchObject({ code: "UPSTREAM_TIMEOUT" });
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
