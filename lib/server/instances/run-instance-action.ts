import "server-only";
import type { TInstanceAction, TInstanceActionItemResult, TInstanceActionResult, TInstanceFilter, TInstanceSummary } from "@/lib/contracts/instances";
import type { TActor } from "@/lib/server/auth/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { getDataWorksClient, type DataWorksClient } from "@/lib/server/upstream/dataworks";
import { parseAttemptDetails, settledItemsOf, summarizeOutcomes, toAttemptDetails, type TAttemptDetails } from "./action-attempts";
import { isReasonRequired, judgeInstanceAction, UPSTREAM_ACTION_NAMES } from "./action-rules";
import { mapWithConcurrency } from "./concurrency";
import { readInstancesByIds, resolveInstanceSelection } from "./resolve-selection";
import { ZInstanceOperationAnswer } from "./upstream-schemas";
import { getWorkspaceTimezone } from "./workspace-timezone";

/** Instances acted on at once: the write Actions are level 2 (20 calls a second on DataWorks). */
const ACTION_CONCURRENCY = 4;
/** How far back a request key is looked for. */
const REPLAY_WINDOW_MS = 7 * 24 * 3_600_000;

export type TRunInstanceActionInput = {
  serviceId: number;
  projectId: string;
  action: TInstanceAction;
  selection: { ids?: string[]; filter?: TInstanceFilter };
  reason: string;
  expectedCount: number;
  requestKey: string;
  actor: TActor;
  requestId: string;
};

// Two identical requests at once (a double click) share one run.
const globalRuns = globalThis as typeof globalThis & { __nightshiftInstanceActionRuns?: Map<string, Promise<TInstanceActionResult>> };
const runsInFlight = (globalRuns.__nightshiftInstanceActionRuns ??= new Map());

/**
 * Carries out rerun / stop / suspend / resume / set-success on the selected instances, each with
 * the operator's name and reason, four at a time, and records one audit entry with every item's
 * result. Idempotent per request key: a retry answers the items already settled without sending
 * them again, and tries only those that failed.
 */
export function runInstanceAction(input: TRunInstanceActionInput): Promise<TInstanceActionResult> {
  const key = `${input.actor.userId}:${input.action}:${input.requestKey}`;
  const running = runsInFlight.get(key);
  if (running) return running;
  const run = runOnce(input).finally(() => runsInFlight.delete(key));
  runsInFlight.set(key, run);
  return run;
}

async function runOnce(input: TRunInstanceActionInput): Promise<TInstanceActionResult> {
  const { serviceId, projectId, action, actor } = input;
  const client = await getDataWorksClient(serviceId);
  const timezone = await getWorkspaceTimezone(client, serviceId, projectId);
  const context = { client, projectId, timezone };
  const prior = await findPriorAttempts(input);

  let targetIds: string[];
  let fresh: TInstanceSummary[];
  let missingIds: string[];
  const settled = settledItemsOf(prior.attempts);
  if (prior.attempts.length > 0) {
    // A retry acts on the set the first attempt confirmed, not on what the filter matches now.
    targetIds = prior.targetIds;
    if (targetIds.length !== input.expectedCount) throw selectionChanged(targetIds.length, input.expectedCount);
    const read = await readInstancesByIds(context, targetIds.filter((id) => !settled.has(id)));
    fresh = read.instances;
    missingIds = read.missingIds;
  } else {
    const resolved = await resolveInstanceSelection(context, input.selection);
    targetIds = [...resolved.instances.map((instance) => instance.instanceId), ...resolved.missingIds];
    if (targetIds.length !== input.expectedCount) throw selectionChanged(targetIds.length, input.expectedCount);
    fresh = resolved.instances;
    missingIds = resolved.missingIds;
  }
  if (isReasonRequired(action, targetIds.length) && input.reason === "") {
    const why = action === "set-success" ? "Setting an instance to success" : "An action on more than one instance";
    throw new ApiError("VALIDATION_FAILED", `${why} needs a reason; it goes into the audit trail and the instance log.`, {
      issues: [{ path: "reason", message: "required" }],
    });
  }

  const acted = await mapWithConcurrency(fresh, ACTION_CONCURRENCY, (instance) => actOnInstance(client, input, instance));
  const byId = new Map<string, TInstanceActionItemResult>([...settled, ...acted.map((item) => [item.instanceId, item] as const)]);
  for (const id of missingIds) {
    byId.set(id, { instanceId: id, nodeName: "", outcome: "refused", code: "NOT_FOUND", message: "The instance does not exist in this workspace (any more).", isReplayed: false });
  }
  const items = targetIds.flatMap((id) => byId.get(id) ?? []);
  const { result, counts } = summarizeOutcomes(items);
  const auditId = await recordAudit({
    actor,
    action: `instances.${action}`,
    targetType: "instance",
    targetIds,
    reason: input.reason,
    result,
    details: toAttemptDetails({ requestKey: input.requestKey, selection: input.selection.ids ? "ids" : "filter", isReplay: prior.attempts.length > 0, items }),
    requestId: input.requestId,
    serviceId,
    projectId,
  });
  return { action, requestKey: input.requestKey, result, items, counts, auditId };
}

async function actOnInstance(client: DataWorksClient, input: TRunInstanceActionInput, instance: TInstanceSummary): Promise<TInstanceActionItemResult> {
  const base = { instanceId: instance.instanceId, nodeName: instance.nodeName, isReplayed: false };
  const predicted = judgeInstanceAction(input.action, instance);
  try {
    await client.call(
      UPSTREAM_ACTION_NAMES[input.action],
      { InstanceId: instance.instanceId, ProjectEnv: "PROD", Operator: input.actor.username, Reason: input.reason || undefined },
      ZInstanceOperationAnswer,
    );
    // DataWorks answers a no-op as a success; the state just read says which it was.
    return { ...base, outcome: predicted.verdict === "noop" ? "noop" : "applied", code: null, message: predicted.verdict === "noop" ? predicted.explanation : null };
  } catch (error) {
    if (error instanceof ApiError && (error.code === "REFUSED_BY_STATE" || error.code === "NOT_FOUND")) {
      return { ...base, outcome: "refused", code: error.code, message: error.message };
    }
    const message = error instanceof ApiError ? error.message : "An unexpected error; try again.";
    if (!(error instanceof ApiError)) console.error(`[instances] ${input.requestId} ${input.action} ${instance.instanceId} failed:`, error);
    return { ...base, outcome: "failed", code: error instanceof ApiError ? error.code : "INTERNAL", message };
  }
}

function selectionChanged(now: number, expected: number): ApiError {
  return new ApiError(
    "CONFLICT",
    `The selection now holds ${now} instance${now === 1 ? "" : "s"}, not the ${expected} you confirmed. Nothing was done; review the preview again.`,
  );
}

/** Earlier attempts with this request key (same action, workspace and user), oldest first. */
async function findPriorAttempts(input: TRunInstanceActionInput): Promise<{ attempts: TAttemptDetails[]; targetIds: string[] }> {
  const db = await getConsoleDb();
  const records = await db.auditRecord.findMany({
    where: {
      action: `instances.${input.action}`,
      at: { gte: new Date(Date.now() - REPLAY_WINDOW_MS) },
      details: { contains: input.requestKey },
    },
    orderBy: { id: "asc" },
    select: { actorId: true, serviceId: true, projectId: true, targetIds: true, details: true },
  });
  const attempts: TAttemptDetails[] = [];
  let targetIds: string[] = [];
  for (const record of records) {
    const attempt = parseAttemptDetails(record.details);
    if (!attempt || attempt.requestKey !== input.requestKey) continue;
    if (record.actorId !== input.actor.userId || record.serviceId !== input.serviceId || record.projectId !== input.projectId) {
      throw new ApiError("CONFLICT", "This request key was already used for another request. Reload the page and confirm again.");
    }
    if (attempts.length === 0) targetIds = parseIds(record.targetIds);
    attempts.push(attempt);
  }
  return { attempts, targetIds };
}

function parseIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
