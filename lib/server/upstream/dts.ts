import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";
import { readCloudError, sendCloudRequest } from "./cloud-http";
import { computeSignature, encodeParameters, formatSignatureTimestamp } from "./rpc-signature";
import { randomUUID } from "node:crypto";

/**
 * Alibaba Cloud DTS (API version 2020-01-01): DescribeConnectionStatus, which asks DTS's servers to
 * reach a source and a destination database. RPC style, signed like DataWorks (signature v1.0).
 */

export const DTS_API_VERSION = "2020-01-01";
const DEFAULT_TIMEOUT_MS = 30_000;

export type DtsConnection = { endpoint: string; regionId: string; accessKeyId: string; accessKeySecret: string };

/** One end, in DTS's own words (the request's `SourceEndpoint*` / `DestinationEndpoint*` parameters without the prefix). */
export type DtsEndpoint = {
  InstanceType: string;
  EngineName?: string;
  InstanceID?: string;
  Region?: string;
  IP?: string;
  Port?: string;
  DatabaseName?: string;
  UserName?: string;
  Password?: string;
  OracleSID?: string;
  Architecture?: string;
};

const ZDtsEndpointStatus = z.object({
  connectDetail: z.array(z.object({ testName: z.string(), testSuccess: z.union([z.boolean(), z.enum(["true", "false"])]).transform((value) => value === true || value === "true") })).default([]),
  connectRes: z.union([z.boolean(), z.enum(["true", "false"])]).transform((value) => value === true || value === "true"),
  connectAdvice: z.string().nullish().transform((value) => value ?? ""),
});
export type TDtsEndpointStatus = z.output<typeof ZDtsEndpointStatus>;

/** `Success` is typed String in the reference and a Boolean in its example: both are read. */
export const ZDescribeConnectionStatusResponse = z.object({
  RequestId: z.string().optional(),
  Success: z.union([z.boolean(), z.enum(["true", "false"])]).optional(),
  ErrCode: z.string().nullish(),
  ErrMessage: z.string().nullish(),
  SourceConnectionStatus: ZDtsEndpointStatus.nullish(),
  DestinationConnectionStatus: ZDtsEndpointStatus.nullish(),
});
export type TDescribeConnectionStatusResponse = z.output<typeof ZDescribeConnectionStatusResponse>;

/** The answer as the mapper needs it: the HTTP status and a checked body (a failed call has only the error fields). */
export type DtsConnectionStatusAnswer = { httpStatus: number; body: TDescribeConnectionStatusResponse };

export type DtsClientOptions = { timeoutMs?: number; fetchImpl?: typeof fetch; now?: () => Date; nonce?: () => string };

export class DtsClient {
  private readonly endpoint: string;

  constructor(
    private readonly connection: DtsConnection,
    private readonly options: DtsClientOptions = {},
  ) {
    this.endpoint = connection.endpoint.replace(/\/+$/, "");
  }

  /** Every parameter of a DescribeConnectionStatus call with its signature (exported for the test server's sake). */
  signedParameters(source: DtsEndpoint, destination: DtsEndpoint): Record<string, string> {
    const params: Record<string, string> = {
      Action: "DescribeConnectionStatus",
      Format: "JSON",
      Version: DTS_API_VERSION,
      AccessKeyId: this.connection.accessKeyId,
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: this.options.nonce?.() ?? randomUUID(),
      Timestamp: formatSignatureTimestamp(this.options.now?.() ?? new Date()),
      RegionId: this.connection.regionId,
    };
    for (const [prefix, end] of [["SourceEndpoint", source], ["DestinationEndpoint", destination]] as const) {
      for (const [name, value] of Object.entries(end)) {
        if (value !== undefined && value !== "") params[`${prefix}${name}`] = value;
      }
    }
    return { ...params, Signature: computeSignature("POST", params, this.connection.accessKeySecret) };
  }

  /** Asks DTS to test both ends. Answers the checked body even when the call failed (`Success` false, `ErrCode`). */
  async describeConnectionStatus(source: DtsEndpoint, destination: DtsEndpoint): Promise<DtsConnectionStatusAnswer> {
    // POST keeps the database passwords out of URLs (and out of any proxy's access log).
    const answer = await sendCloudRequest({
      what: "DTS DescribeConnectionStatus",
      endpoint: this.endpoint,
      url: `${this.endpoint}/`,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: encodeParameters(this.signedParameters(source, destination)),
      timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetchImpl: this.options.fetchImpl,
    });
    if (answer.httpStatus < 200 || answer.httpStatus >= 300) {
      const error = readCloudError(answer.body);
      return {
        httpStatus: answer.httpStatus,
        body: { RequestId: error.requestId ?? answer.headerRequestId, Success: false, ErrCode: error.code, ErrMessage: error.message },
      };
    }
    const parsed = ZDescribeConnectionStatusResponse.safeParse(answer.body);
    if (!parsed.success) {
      console.warn(`[upstream] DTS DescribeConnectionStatus answered an unexpected shape: ${parsed.error.issues.slice(0, 3).map((issue) => issue.path.join(".")).join("; ")}`);
      throw new ApiError("UPSTREAM_ERROR", "DTS answered DescribeConnectionStatus in a shape this console does not understand.");
    }
    return { httpStatus: answer.httpStatus, body: parsed.data };
  }
}
