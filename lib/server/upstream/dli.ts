import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";
import { readCloudError, sendCloudRequest } from "./cloud-http";
import { signHuaweiRequest } from "./huawei-signature";

/**
 * Huawei Cloud DLI: "Querying a Basic Datasource Connection"
 * (`GET /v2.0/{project_id}/datasource-connection/{connection_id}`), signed with the AK/SK pair.
 */

const DEFAULT_TIMEOUT_MS = 15_000;

/** Huawei Cloud services share this shape: endpoint, region, the project id in every path, and an AK/SK pair. */
export type HuaweiConnection = { endpoint: string; region: string; projectId: string; accessKeyId: string; secretAccessKey: string };
export type HuaweiClientOptions = { timeoutMs?: number; fetchImpl?: typeof fetch; now?: () => Date };

const DLI_STATES = ["CREATING", "ACTIVE", "FAILED", "DELETED"] as const;
/** A state the reference does not list is kept as text (the mapper reports it as it is). */
const ZDliState = z.union([z.enum(DLI_STATES), z.string()]);

export const ZDliDatasourceConnection = z.object({
  is_success: z.boolean().optional(),
  message: z.string().nullish(),
  connection_id: z.string().nullish(),
  destination: z.string().nullish(),
  state: ZDliState.nullish(),
  process: z.number().min(0).max(1).nullish(),
  name: z.string().nullish(),
  connection_url: z.string().nullish(),
  cluster_name: z.string().nullish(),
  service: z.string().nullish(),
  create_time: z.number().nullish(),
  connectivity: z.string().nullish(),
  available_queue_info: z
    .array(
      z.object({
        peer_id: z.string().nullish(),
        status: ZDliState.nullish(),
        name: z.string().nullish(),
        err_msg: z.string().nullish(),
        update_time: z.number().nullish(),
      }),
    )
    .nullish(),
});
export type TDliDatasourceConnection = z.output<typeof ZDliDatasourceConnection>;

export type DliConnectionAnswer =
  | { ok: true; httpStatus: number; body: TDliDatasourceConnection }
  | { ok: false; httpStatus: number; code: string | null; message: string | null };

export class DliClient {
  private readonly endpoint: string;

  constructor(
    private readonly connection: HuaweiConnection,
    private readonly options: HuaweiClientOptions = {},
  ) {
    this.endpoint = connection.endpoint.replace(/\/+$/, "");
  }

  async getDatasourceConnection(connectionId: string): Promise<DliConnectionAnswer> {
    const url = new URL(`${this.endpoint}/v2.0/${encodeURIComponent(this.connection.projectId)}/datasource-connection/${encodeURIComponent(connectionId)}`);
    const headers = signHuaweiRequest({
      method: "GET",
      url,
      headers: { "content-type": "application/json" },
      accessKeyId: this.connection.accessKeyId,
      secretAccessKey: this.connection.secretAccessKey,
      now: this.options.now?.(),
    });
    delete headers.host; // fetch sets Host from the URL itself (the same value)
    const answer = await sendCloudRequest({
      what: "DLI datasource connection query",
      endpoint: this.endpoint,
      url: url.toString(),
      method: "GET",
      headers,
      timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetchImpl: this.options.fetchImpl,
    });
    if (answer.httpStatus < 200 || answer.httpStatus >= 300) return { ok: false, httpStatus: answer.httpStatus, ...pick(readCloudError(answer.body)) };
    const parsed = ZDliDatasourceConnection.safeParse(answer.body);
    if (!parsed.success) {
      console.warn(`[upstream] DLI answered an unexpected shape: ${parsed.error.issues.slice(0, 3).map((issue) => issue.path.join(".")).join("; ")}`);
      throw new ApiError("UPSTREAM_ERROR", "DLI answered the datasource connection query in a shape this console does not understand.");
    }
    return { ok: true, httpStatus: answer.httpStatus, body: parsed.data };
  }
}

function pick(error: ReturnType<typeof readCloudError>) {
  return { code: error.code, message: error.message };
}
