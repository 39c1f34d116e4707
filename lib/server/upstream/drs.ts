import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";
import { readCloudError, sendCloudRequest } from "./cloud-http";
import type { HuaweiClientOptions, HuaweiConnection } from "./dli";
import { signHuaweiRequest } from "./huawei-signature";

/**
 * Huawei Cloud DRS: "Testing Connections in Batches" (`POST /v3/{project_id}/jobs/batch-connection`),
 * signed with the AK/SK pair.
 */

const DEFAULT_TIMEOUT_MS = 60_000;

/** One request job, in DRS's own field names. */
export type DrsBatchConnectionJob = {
  id: string;
  net_type: "vpn" | "vpc" | "eip";
  db_type: string;
  ip: string;
  db_port?: number;
  inst_id?: string;
  db_user?: string;
  db_password?: string;
  ssl_link?: boolean;
  vpc_id?: string;
  subnet_id?: string;
  end_point_type: "so" | "ta";
  region?: string;
  project_id?: string;
  db_name?: string;
};

export const ZDrsBatchConnectionResponse = z.object({
  results: z
    .array(
      z.object({
        id: z.string(),
        status: z.string().nullish(),
        error_code: z.string().nullish(),
        error_msg: z.string().nullish(),
        success: z.boolean().nullish(),
      }),
    )
    .default([]),
  count: z.number().int().nullish(),
});
export type TDrsBatchConnectionResponse = z.output<typeof ZDrsBatchConnectionResponse>;

export type DrsBatchAnswer =
  | { ok: true; httpStatus: number; body: TDrsBatchConnectionResponse }
  | { ok: false; httpStatus: number; code: string | null; message: string | null };

export class DrsClient {
  private readonly endpoint: string;

  constructor(
    private readonly connection: HuaweiConnection,
    private readonly options: HuaweiClientOptions = {},
  ) {
    this.endpoint = connection.endpoint.replace(/\/+$/, "");
  }

  async batchTestConnections(jobs: DrsBatchConnectionJob[]): Promise<DrsBatchAnswer> {
    const url = new URL(`${this.endpoint}/v3/${encodeURIComponent(this.connection.projectId)}/jobs/batch-connection`);
    const body = JSON.stringify({ jobs });
    const headers = signHuaweiRequest({
      method: "POST",
      url,
      headers: { "content-type": "application/json", "x-language": "en-us" },
      body,
      accessKeyId: this.connection.accessKeyId,
      secretAccessKey: this.connection.secretAccessKey,
      now: this.options.now?.(),
    });
    delete headers.host; // fetch sets Host from the URL itself (the same value)
    const answer = await sendCloudRequest({
      what: "DRS batch connection test",
      endpoint: this.endpoint,
      url: url.toString(),
      method: "POST",
      headers,
      body,
      timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetchImpl: this.options.fetchImpl,
    });
    if (answer.httpStatus < 200 || answer.httpStatus >= 300) {
      const error = readCloudError(answer.body);
      return { ok: false, httpStatus: answer.httpStatus, code: error.code, message: error.message };
    }
    const parsed = ZDrsBatchConnectionResponse.safeParse(answer.body);
    if (!parsed.success) {
      console.warn(`[upstream] DRS answered an unexpected shape: ${parsed.error.issues.slice(0, 3).map((issue) => issue.path.join(".")).join("; ")}`);
      throw new ApiError("UPSTREAM_ERROR", "DRS answered the batch connection test in a shape this console does not understand.");
    }
    return { ok: true, httpStatus: answer.httpStatus, body: parsed.data };
  }
}
