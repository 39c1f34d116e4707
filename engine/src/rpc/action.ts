import type { z } from "zod";
import { EngineError } from "../model/errors";
import type { EventBus } from "../model/events";
import type { Database } from "../store/database";

/** DataWorks API levels (spec §0.2): 1 = QPS ≤ 50, 2 = QPS ≤ 20, 3 = QPS ≤ 5 and ≤ 10,000 calls a day. */
export type ApiLevel = 1 | 2 | 3;

/**
 * Which envelope the answer uses (spec §0.4):
 * - `standard`: RequestId, HttpStatusCode, Success, ErrorCode, ErrorMessage, Data
 * - `success`:  RequestId, Success (and nothing else besides the payload fields the handler returns)
 * - `bare`:     RequestId plus the payload fields the handler returns (statistics APIs, ListProjects)
 */
export type EnvelopeKind = "standard" | "success" | "bare";

export type ActionContext = {
  db: Database;
  requestId: string;
  /** The caller's AccessKey ID; operations record it as the operator unless `Operator` is given. */
  accessKeyId: string;
  region: string;
  now: number;
  /** The running engine's event bus, so operations can reach the local scheduler (e.g. stop kills). */
  events: EventBus;
};

export type ActionDefinition<Params extends z.ZodType = z.ZodType> = {
  name: string;
  level: ApiLevel;
  envelope: EnvelopeKind;
  /** Validates the request parameters (strings from the query or form body). */
  params: Params;
  /**
   * For `standard`, the return value becomes `Data`. For `success` and `bare`, it must be an object
   * whose fields are merged into the envelope (e.g. `{ PageResult: … }`).
   */
  handler: (params: z.infer<Params>, context: ActionContext) => Promise<unknown>;
};

/** Business errors are EngineErrors: the gateway answers them with the DataWorks envelope. */
export { EngineError as DataWorksError };
