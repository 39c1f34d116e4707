import type { TConnectState, TConnectivityRun, TConnectivityTarget } from "@/lib/contracts/connectivity";
import type { DrsBatchAnswer, DrsBatchConnectionJob } from "@/lib/server/upstream/drs";
import { aggregateRunState, consoleHintFor, messageOfWorst, syntheticStep } from "./run-state";

type MapInput = { answer: DrsBatchAnswer; jobs: readonly DrsBatchConnectionJob[]; requestedAt: Date; completedAt: Date };

type DrsResult = Extract<DrsBatchAnswer, { ok: true }>["body"]["results"][number];

function stateOf(result: DrsResult): TConnectState {
  if (result.success === false) return "Unsupport";
  if (result.status === "success") return "Connectable";
  if (result.status === "failed") return "Failed";
  return "Unsupport";
}

/**
 * Pairs each result with its request job by `id`. Results carry no end (so / ta): when one id was
 * sent twice, the n-th result with that id goes with the n-th job with it, and the run says so.
 */
function pairResults(results: readonly DrsResult[], jobs: readonly DrsBatchConnectionJob[]): { pairs: { result: DrsResult; job: DrsBatchConnectionJob | undefined }[]; byPosition: boolean } {
  const seen = new Map<string, number>();
  let byPosition = false;
  const pairs = results.map((result) => {
    const index = seen.get(result.id) ?? 0;
    seen.set(result.id, index + 1);
    const sameId = jobs.filter((job) => job.id === result.id);
    if (sameId.length > 1) byPosition = true;
    return { result, job: sameId[index] };
  });
  return { pairs, byPosition };
}

/** DRS batch connection test → the unified run, one target per tested end. */
export function toDrsRun({ answer, jobs, requestedAt, completedAt }: MapInput): TConnectivityRun {
  const base = { provider: "drs.BatchTestConnections" as const, runId: null, requestedAt: requestedAt.toISOString(), completedAt: completedAt.toISOString(), progress: null };
  if (!answer.ok) {
    const apiError = { httpStatus: answer.httpStatus, code: answer.code, message: answer.message };
    const hint = consoleHintFor("Unsupport", base.provider);
    return { ...base, state: "Unsupport", message: apiError.message ?? apiError.code, advice: hint ? [{ source: "console", targetKey: null, text: hint }] : [], apiError, extra: {}, targets: [] };
  }
  const { pairs, byPosition } = pairResults(answer.body.results, jobs);
  const targets: TConnectivityTarget[] = pairs.map(({ result, job }) => {
    const endPointType = job?.end_point_type ?? "so";
    const role = endPointType === "ta" ? ("destination" as const) : ("source" as const);
    const state = stateOf(result);
    const message = result.error_msg?.trim() || null;
    return {
      key: `${result.id}:${endPointType}`,
      role,
      label: job ? `${job.db_type} ${job.ip}${job.db_port ? `:${job.db_port}` : ""}` : result.id,
      via: job ? `DRS task ${result.id} (${job.net_type})` : `DRS task ${result.id}`,
      state,
      providerState: `status=${result.status ?? ""}; success=${result.success ?? ""}`,
      message,
      errorCode: result.error_code?.trim() || null,
      advice: null,
      updatedAt: null,
      steps: [
        syntheticStep({
          code: "drs.connection_test",
          name: `Connection test (${role === "source" ? "source" : "target"} database)`,
          outcome: result.success === false ? "unknown" : result.status === "success" ? "passed" : "failed",
          message,
        }),
      ],
    };
  });
  const state = aggregateRunState(targets);
  const hint = consoleHintFor(state, base.provider);
  const extra: TConnectivityRun["extra"] = { count: answer.body.count ?? targets.length };
  if (byPosition) extra.pairing = "by-position";
  return { ...base, state, message: messageOfWorst(targets, state), advice: hint ? [{ source: "console", targetKey: null, text: hint }] : [], apiError: null, extra, targets };
}
