import type { TConnectivityRun, TConnectivityTarget, TDtsEndpointInput } from "@/lib/contracts/connectivity";
import type { DtsConnectionStatusAnswer, TDtsEndpointStatus } from "@/lib/server/upstream/dts";
import { aggregateRunState, consoleHintFor, messageOfWorst } from "./run-state";

type MapInput = { answer: DtsConnectionStatusAnswer; source: TDtsEndpointInput; destination: TDtsEndpointInput; regionId: string; requestedAt: Date; completedAt: Date };

/** What DTS tested, from the request: engine or type, then instance id or ip:port. */
export function dtsEndpointLabel(end: TDtsEndpointInput): string {
  const what = end.engineName || end.instanceType;
  const where = end.instanceId || [end.ip, end.port].filter(Boolean).join(":");
  return where ? `${what} ${where}` : what;
}

function toTarget(role: "source" | "destination", status: TDtsEndpointStatus, end: TDtsEndpointInput, via: string): TConnectivityTarget {
  const advice = status.connectAdvice.trim() || null;
  const steps = status.connectDetail.map((check, seq) => ({
    seq,
    code: null,
    name: check.testName.trim(),
    startTime: null,
    endTime: null,
    durationMs: null,
    outcome: check.testSuccess ? ("passed" as const) : ("failed" as const),
    message: null,
    advice: null,
    synthetic: false,
    inferred: false,
  }));
  const failedNames = steps.filter((step) => step.outcome === "failed").map((step) => step.name);
  return {
    key: role,
    role,
    label: dtsEndpointLabel(end),
    via,
    // The endpoint verdict is DTS's connectRes, never recomputed from the checks (a failed Ping is tolerated).
    state: status.connectRes ? "Connectable" : "Failed",
    providerState: `connectRes=${status.connectRes}`,
    message: failedNames.length > 0 ? `Failed checks: ${failedNames.join(", ")}` : null,
    errorCode: null,
    advice,
    updatedAt: null,
    steps,
  };
}

/** DTS DescribeConnectionStatus → the unified run (source first, then destination). */
export function toDtsRun({ answer, source, destination, regionId, requestedAt, completedAt }: MapInput): TConnectivityRun {
  const body = answer.body;
  const failed = body.Success === false || body.Success === "false" || Boolean(body.ErrCode);
  const apiError = failed ? { httpStatus: answer.httpStatus, code: body.ErrCode ?? null, message: body.ErrMessage ?? null } : null;
  const via = regionId ? `DTS (${regionId})` : "DTS";
  const targets: TConnectivityTarget[] = [];
  if (body.SourceConnectionStatus) targets.push(toTarget("source", body.SourceConnectionStatus, source, via));
  if (body.DestinationConnectionStatus) targets.push(toTarget("destination", body.DestinationConnectionStatus, destination, via));
  const state = aggregateRunState(targets, apiError !== null);
  const hint = consoleHintFor(state, "dts.DescribeConnectionStatus");
  return {
    provider: "dts.DescribeConnectionStatus",
    runId: body.RequestId ?? null,
    requestedAt: requestedAt.toISOString(),
    completedAt: completedAt.toISOString(),
    state,
    message: apiError ? (apiError.message ?? apiError.code) : messageOfWorst(targets, state),
    advice: [
      ...targets.filter((target) => target.advice).map((target) => ({ source: "provider" as const, targetKey: target.key, text: target.advice as string })),
      ...(hint ? [{ source: "console" as const, targetKey: null, text: hint }] : []),
    ],
    progress: null,
    apiError,
    extra: {},
    targets,
  };
}
