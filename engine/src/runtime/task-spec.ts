import { renderCommand, resolveTaskParameters, schedulingParameters } from "../runner/parameters";
import type { TaskSpec } from "../runner/types";
import type { ClaimedAttempt } from "./claims";

/** The environment variable that marks every process of an attempt, so recovery can find them by it. */
export const ATTEMPT_MARKER_VARIABLE = "NIGHTSHIFT_ATTEMPT_KEY";

export function attemptMarker(instanceId: bigint, attempt: number): string {
  return `${instanceId}:${attempt}`;
}

/**
 * The process to start for a claimed attempt: the node's command rendered with its parameters
 * (ParamValues over the scheduling parameters), the instance's identity in the environment, and
 * the node's timeout. Throws on malformed ParamValues (the attempt then fails without a process).
 */
export function buildTaskSpec(claim: ClaimedAttempt, workDir: string, killGraceMs?: number): TaskSpec {
  const scheduling = schedulingParameters({ bizdate: claim.bizdate, cycTime: claim.cycTime, timezone: claim.timezone });
  const values = resolveTaskParameters(claim.paramValues, scheduling);
  return {
    command: renderCommand(claim.command, values),
    env: {
      NIGHTSHIFT_INSTANCE_ID: String(claim.instanceId),
      NIGHTSHIFT_ATTEMPT: String(claim.attempt),
      NIGHTSHIFT_NODE_ID: String(claim.nodeId),
      NIGHTSHIFT_NODE_NAME: claim.nodeName,
      NIGHTSHIFT_PROJECT_ID: String(claim.projectId),
      NIGHTSHIFT_BIZDATE: scheduling.bizdate,
      NIGHTSHIFT_CYCTIME: scheduling.cyctime,
      [ATTEMPT_MARKER_VARIABLE]: attemptMarker(claim.instanceId, claim.attempt),
    },
    cwd: workDir,
    timeoutMs: Math.max(0, claim.timeoutSeconds) * 1000,
    ...(killGraceMs !== undefined ? { killGraceMs } : {}),
  };
}
