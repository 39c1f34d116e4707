import type { TConnectState, TConnectivityRun, TConnectivityTarget, TStepOutcome } from "@/lib/contracts/connectivity";
import type { DliConnectionAnswer } from "@/lib/server/upstream/dli";
import { consoleHintFor, syntheticStep, toIso } from "./run-state";

const STATE_OF: Record<string, TConnectState> = { CREATING: "InProgress", ACTIVE: "Connectable", FAILED: "Failed", DELETED: "Deleted" };
const OUTCOME_OF: Record<string, TStepOutcome> = { CREATING: "running", ACTIVE: "passed", FAILED: "failed", DELETED: "unknown" };

/** A state DLI does not document is reported as "could not tell" with the raw value kept. */
function stateOf(value: string | null | undefined): TConnectState {
  return (value && STATE_OF[value]) || "Unsupport";
}
function outcomeOf(value: string | null | undefined): TStepOutcome {
  return (value && OUTCOME_OF[value]) || "unknown";
}

type MapInput = { answer: DliConnectionAnswer; connectionId: string; requestedAt: Date; completedAt: Date };

/**
 * DLI datasource connection → the unified run. The run's state is DLI's connection-level `state`,
 * not recomputed from the queues (how they relate is undocumented): both are shown as returned.
 */
export function toDliRun({ answer, connectionId, requestedAt, completedAt }: MapInput): TConnectivityRun {
  const base = { provider: "dli.QueryDatasourceConnection" as const, runId: null, requestedAt: requestedAt.toISOString(), advice: [] as TConnectivityRun["advice"] };
  if (!answer.ok || answer.body.is_success === false) {
    const apiError = answer.ok
      ? { httpStatus: answer.httpStatus, code: null, message: answer.body.message || null }
      : { httpStatus: answer.httpStatus, code: answer.code, message: answer.message };
    const hint = consoleHintFor("Unsupport", base.provider);
    return { ...base, completedAt: completedAt.toISOString(), state: "Unsupport", message: apiError.message ?? apiError.code, advice: hint ? [{ source: "console", targetKey: null, text: hint }] : [], progress: null, apiError, extra: { connection_id: connectionId }, targets: [] };
  }
  const body = answer.body;
  const state = stateOf(body.state);
  const message = body.message?.trim() || null;
  const label = body.name || body.destination || connectionId;
  const queues = body.available_queue_info ?? [];
  const targets: TConnectivityTarget[] =
    queues.length > 0
      ? queues.map((queue) => {
          const name = queue.name || queue.peer_id || "queue";
          return {
            key: `queue:${name}`,
            role: "connection",
            label,
            via: name,
            state: stateOf(queue.status),
            providerState: queue.status ?? null,
            message: queue.err_msg || null,
            errorCode: null,
            advice: null,
            updatedAt: toIso(queue.update_time),
            steps: [syntheticStep({ code: "dli.queue_connection", name: `Connection from queue ${name}`, outcome: outcomeOf(queue.status), message: queue.err_msg || null })],
          };
        })
      : [
          {
            key: `connection:${body.connection_id || connectionId}`,
            role: "connection",
            label,
            via: body.cluster_name || null,
            state,
            providerState: body.state ?? null,
            message,
            errorCode: null,
            advice: null,
            updatedAt: null,
            steps: [syntheticStep({ code: "dli.connection_create", name: "Create datasource connection", outcome: outcomeOf(body.state), message, startTime: toIso(body.create_time) })],
          },
        ];
  const extra: TConnectivityRun["extra"] = {};
  for (const key of ["connection_id", "name", "destination", "service", "cluster_name", "connection_url", "connectivity", "create_time"] as const) {
    const value = body[key];
    if (value !== undefined && value !== null && value !== "") extra[key] = value;
  }
  const hint = consoleHintFor(state, base.provider);
  return {
    ...base,
    completedAt: state === "InProgress" ? null : completedAt.toISOString(),
    state,
    message,
    advice: hint ? [{ source: "console", targetKey: null, text: hint }] : [],
    progress: typeof body.process === "number" ? body.process : null,
    apiError: null,
    extra,
    targets,
  };
}
