import { createHash, createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Stand-ins for Alibaba DTS and Huawei Cloud DLI / DRS on 127.0.0.1, for tests. Each server
 * recomputes the request's signature with its own code (not the client's), refuses a wrong one as
 * the real gateway would, and otherwise replays the example answers of the API references (or
 * whatever a test scripts). Every request is recorded so tests can look at what went over the wire.
 */

export type TRecordedRequest = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; signatureValid: boolean };
export type TScriptedReply = { status: number; body: unknown };

export type TCloudCheckServer = {
  url: string;
  requests: TRecordedRequest[];
  /** Answers the next request with this instead of the example (once). */
  replyOnce(reply: TScriptedReply): void;
  close(): Promise<void>;
};

const MAX_SKEW_MS = 15 * 60_000;

/** The DescribeConnectionStatus example of the DTS reference (trailing spaces in the check names included). */
export const DTS_EXAMPLE_RESPONSE = {
  RequestId: "0A47C784-70EF-4111-8677-369CAA00****",
  SourceConnectionStatus: {
    connectDetail: [
      { testName: "Oracle JDBC Connect", testSuccess: true },
      { testName: "Ping ", testSuccess: false },
      { testName: "Telnet ", testSuccess: true },
    ],
    connectRes: true,
    connectAdvice: "",
  },
  DestinationConnectionStatus: {
    connectDetail: [
      { testName: "PolarDB_o JDBC Connect", testSuccess: true },
      { testName: "Ping ", testSuccess: true },
      { testName: "Telnet ", testSuccess: true },
    ],
    connectRes: true,
    connectAdvice: "",
  },
  Success: true,
};

/** The DLI reference's example answer (a connection still being created). */
export const DLI_EXAMPLE_RESPONSE = {
  is_success: true,
  message: "",
  connection_id: "378eb1e6-521d-41a4-a41c-bbb58f34a6d6",
  destination:
    "cloudtable-cf82-zk3-pa6HnHpf.cloudtable.com:2181,cloudtable-cf82-zk2-weBkIrjI.cloudtable.com:2181,cloudtable-cf82-zk1-WY09px9l.cloudtable.com:2181",
  state: "CREATING",
  process: 0,
  name: "op",
  connection_url: "",
  cluster_name: "",
  service: "CloudTable.OPENTSDB",
  create_time: 1566180327674,
  count: 1,
};

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

async function listen(handler: (request: http.IncomingMessage, body: string) => { reply: TScriptedReply; signatureValid: boolean }): Promise<TCloudCheckServer> {
  const requests: TRecordedRequest[] = [];
  const scripted: TScriptedReply[] = [];
  const server = http.createServer((request, response) => {
    readBody(request)
      .then((body) => {
        const { reply, signatureValid } = handler(request, body);
        requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body, signatureValid });
        const chosen = signatureValid && scripted.length > 0 ? (scripted.shift() as TScriptedReply) : reply;
        send(response, chosen.status, chosen.body);
      })
      .catch(() => send(response, 500, { message: "test server failed" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    replyOnce: (reply) => scripted.push(reply),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A DTS endpoint: RPC style, signature v1.0 (HMAC-SHA1 over `POST&%2F&…`), POST form or GET query. */
export function startDtsTestServer(credentials: { accessKeyId: string; accessKeySecret: string }): Promise<TCloudCheckServer> {
  return listen((request, body) => {
    const query = new URL(request.url ?? "/", "http://127.0.0.1").searchParams;
    const params = new URLSearchParams(request.method === "POST" ? body : query.toString());
    const given = params.get("Signature") ?? "";
    const names = [...new Set(params.keys())].filter((name) => name !== "Signature").sort();
    const canonical = names.map((name) => `${rfc3986(name)}=${rfc3986(params.get(name) ?? "")}`).join("&");
    const stringToSign = `${request.method}&${rfc3986("/")}&${rfc3986(canonical)}`;
    const expected = createHmac("sha1", `${credentials.accessKeySecret}&`).update(stringToSign).digest("base64");
    const timestamp = Date.parse(params.get("Timestamp") ?? "");
    const refuse = (code: string, message: string) => ({ reply: { status: 400, body: { RequestId: "TEST-REFUSED", Code: code, Message: message } }, signatureValid: false });
    if (params.get("AccessKeyId") !== credentials.accessKeyId) return refuse("InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    if (given !== expected) return refuse("SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
    if (!Number.isFinite(timestamp) || Math.abs(Date.now() - timestamp) > MAX_SKEW_MS) return refuse("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
    if (params.get("Action") !== "DescribeConnectionStatus" || params.get("Version") !== "2020-01-01") return refuse("InvalidAction.NotFound", "Specified api is not found.");
    return { reply: { status: 200, body: DTS_EXAMPLE_RESPONSE }, signatureValid: true };
  });
}

/** Recomputes a Huawei SDK-HMAC-SHA256 signature from the request as received. */
function verifyHuaweiSignature(request: http.IncomingMessage, body: string, credentials: { accessKeyId: string; secretAccessKey: string }): string | null {
  const authorization = request.headers.authorization ?? "";
  const match = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]+)$/.exec(authorization);
  if (!match) return "APIGW.0301 Incorrect IAM authentication information: no SDK-HMAC-SHA256 Authorization header";
  const [, access, signedHeaderList, signature] = match as unknown as [string, string, string, string];
  if (access !== credentials.accessKeyId) return "APIGW.0301 Incorrect IAM authentication information: unknown access key";
  const sdkDate = String(request.headers["x-sdk-date"] ?? "");
  const dateMatch = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sdkDate);
  if (!dateMatch) return "APIGW.0301 Incorrect IAM authentication information: bad X-Sdk-Date";
  const [, year, month, day, hour, minute, second] = dateMatch;
  if (Math.abs(Date.now() - Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second!)) > MAX_SKEW_MS) return "APIGW.0301 Incorrect IAM authentication information: X-Sdk-Date is too far off";
  const signedHeaders = signedHeaderList.split(";");
  if (!signedHeaders.includes("x-sdk-date") || !signedHeaders.includes("host")) return "APIGW.0301 Incorrect IAM authentication information: host and x-sdk-date must be signed";
  const url = new URL(request.url ?? "/", "http://placeholder");
  const path = url.pathname
    .split("/")
    .map((segment) => rfc3986(decodeURIComponent(segment)))
    .join("/");
  const pairs = [...url.searchParams.entries()].map(([name, value]) => `${rfc3986(name)}=${rfc3986(value)}`).sort();
  const headerLines = signedHeaders.map((name) => `${name}:${String(request.headers[name] ?? "").trim()}\n`).join("");
  const canonical = [request.method, path.endsWith("/") ? path : `${path}/`, pairs.join("&"), headerLines, signedHeaders.join(";"), createHash("sha256").update(body).digest("hex")].join("\n");
  const stringToSign = `SDK-HMAC-SHA256\n${sdkDate}\n${createHash("sha256").update(canonical).digest("hex")}`;
  const expected = createHmac("sha256", credentials.secretAccessKey).update(stringToSign).digest("hex");
  return expected === signature ? null : "APIGW.0301 Incorrect IAM authentication information: verify aksk signature fail";
}

/** DLI and DRS on one server (they share the signing): the two documented paths, for one project id. */
export function startHuaweiTestServer(credentials: { accessKeyId: string; secretAccessKey: string; projectId: string }): Promise<TCloudCheckServer> {
  return listen((request, body) => {
    const problem = verifyHuaweiSignature(request, body, credentials);
    if (problem) {
      const [code, ...rest] = problem.split(" ");
      return { reply: { status: 401, body: { error_code: code, error_msg: rest.join(" ") } }, signatureValid: false };
    }
    const path = new URL(request.url ?? "/", "http://placeholder").pathname;
    const dli = new RegExp(`^/v2\\.0/${credentials.projectId}/datasource-connection/([^/]+)$`).exec(path);
    if (request.method === "GET" && dli) {
      return { reply: { status: 200, body: { ...DLI_EXAMPLE_RESPONSE, connection_id: decodeURIComponent(dli[1]!) } }, signatureValid: true };
    }
    if (request.method === "POST" && path === `/v3/${credentials.projectId}/jobs/batch-connection`) {
      const jobs = (JSON.parse(body) as { jobs: { id: string }[] }).jobs;
      // The reference's example answer, one per job.
      return { reply: { status: 200, body: { results: jobs.map((job) => ({ success: true, id: job.id, status: "success" })), count: jobs.length } }, signatureValid: true };
    }
    return { reply: { status: 404, body: { error_code: "APIGW.0101", error_msg: "The API does not exist or has not been published in the environment" } }, signatureValid: true };
  });
}
