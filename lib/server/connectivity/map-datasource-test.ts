import type { TConnectState, TConnectivityRun, TConnectivityStep, TDataSourceTestResult, TStepOutcome } from "@/lib/contracts/connectivity";
import { ZConnectState } from "@/lib/contracts/connectivity";
import { consoleHintFor, durationBetween, toIso } from "./run-state";
import type { TTestDataSourceConnectivityAnswer, TUpstreamDetailLog, TUpstreamTargetResult } from "./upstream-schemas";

const DATAWORKS_STATES: readonly TConnectState[] = ["Connectable", "ConfigError", "Unreachable", "Unsupport"];

function readOutcome(log: TUpstreamDetailLog): TStepOutcome | null {
  const value = (log.Status ?? log.Outcome ?? "").toLowerCase();
  if (value === "passed" || value === "success" || value === "ok") return "passed";
  if (value === "failed" || value === "failure" || value === "error") return "failed";
  if (value === "skipped") return "skipped";
  if (value === "running") return "running";
  return null;
}

type MapInput = {
  answer: TTestDataSourceConnectivityAnswer;
  projectId: string;
  dataSourceId: string;
  dataSourceName: string;
  resourceGroup: string;
  requestedAt: Date;
  completedAt: Date;
};

/**
 * DataWorks TestDataSourceConnectivity → the unified run (one target). DataWorks gives no outcome
 * per step: when the data service adds one (the embedded engine does) it is used; otherwise a
 * connectable test passes every step, and a failed one marks its last step failed — flagged
 * `inferred`, because that is the console's reading, not the provider's.
 */
export function toDataSourceTestRun(input: MapInput): TConnectivityRun {
  const connectivity = input.answer.Connectivity;
  const parsedState = ZConnectState.safeParse(connectivity.ConnectState);
  const state: TConnectState = parsedState.success && DATAWORKS_STATES.includes(parsedState.data) ? parsedState.data : "Unsupport";
  const message = state === "Connectable" ? null : connectivity.ConnectMessage?.trim() || null;
  const providerAdvice = (connectivity.ConnectAdvice ?? connectivity.Advice ?? "").trim() || null;
  const hint = consoleHintFor(state, "dataworks.TestDataSourceConnectivity");
  const logs = connectivity.DetailLogs;
  const hasOutcomes = logs.some((log) => readOutcome(log) !== null);

  const steps: TConnectivityStep[] = logs.map((log, seq) => {
    const start = typeof log.StartTime === "number" ? log.StartTime : null;
    const end = typeof log.EndTime === "number" ? log.EndTime : null;
    let outcome: TStepOutcome;
    let inferred = false;
    if (hasOutcomes) outcome = readOutcome(log) ?? "unknown";
    else if (state === "Connectable") outcome = "passed";
    else {
      outcome = seq === logs.length - 1 ? "failed" : "passed";
      inferred = true;
    }
    return {
      seq,
      code: log.Code ?? null,
      name: log.Message?.trim() || log.Code || `Step ${seq + 1}`,
      startTime: toIso(start),
      endTime: toIso(end),
      durationMs: durationBetween(start, end),
      outcome,
      message: log.Detail?.trim() || (outcome === "failed" ? message : null),
      advice: outcome === "failed" ? log.Advice?.trim() || providerAdvice || hint : null,
      synthetic: false,
      inferred,
    };
  });
  const endTimes = logs.map((log) => (typeof log.EndTime === "number" ? log.EndTime : 0));
  const lastEnd = endTimes.length > 0 ? Math.max(...endTimes) : 0;
  return {
    provider: "dataworks.TestDataSourceConnectivity",
    runId: input.answer.RequestId ?? null,
    requestedAt: input.requestedAt.toISOString(),
    completedAt: input.completedAt.toISOString(),
    state,
    message,
    advice: [...(providerAdvice ? [{ source: "provider" as const, targetKey: null, text: providerAdvice }] : []), ...(hint ? [{ source: "console" as const, targetKey: null, text: hint }] : [])],
    progress: null,
    apiError: null,
    extra: {},
    targets: [
      {
        key: `ds:${input.projectId}:${input.dataSourceId}`,
        role: "datasource",
        label: input.dataSourceName,
        via: input.resourceGroup,
        state,
        providerState: connectivity.ConnectState,
        message,
        errorCode: null,
        advice: providerAdvice,
        updatedAt: toIso(lastEnd),
        steps,
      },
    ],
  };
}

/** One target of the engine's batch or pair answer → the console's per-target test result. */
export function toTargetTestResult(target: TUpstreamTargetResult, context: { projectId: string; requestId: string | null; requestedAt: Date; completedAt: Date }): TDataSourceTestResult {
  const dataSourceName = target.DataSourceName || `DataSource ${target.DataSourceId}`;
  const resourceGroupId = String(target.ResourceGroupId);
  const run = toDataSourceTestRun({
    answer: { RequestId: context.requestId, Connectivity: target },
    projectId: context.projectId,
    dataSourceId: target.DataSourceId,
    dataSourceName,
    resourceGroup: target.ResourceGroupIdentifier || resourceGroupId,
    requestedAt: context.requestedAt,
    completedAt: context.completedAt,
  });
  return { dataSourceId: target.DataSourceId, dataSourceName, resourceGroupId, run };
}
