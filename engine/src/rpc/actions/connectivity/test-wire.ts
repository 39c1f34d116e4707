import type { TargetResult } from "../../../connectivity/connection-tests";
import type { ProbeResult, ProbeStep } from "../../../connectivity/types";

/**
 * TestDataSourceConnectivity's `DetailLogs` (connectivity spec §3.2: `Code`, `Message` = the step
 * name, `StartTime`, `EndTime` in epoch ms) plus the extensions `Status` (passed, failed, skipped)
 * and `Detail` (what the step saw, never a secret).
 */
export function toDetailLogWire(step: ProbeStep) {
  return { Code: step.code, Message: step.name, StartTime: step.startTime, EndTime: step.endTime, Status: step.outcome, Detail: step.detail };
}

/** `Connectivity`: ConnectMessage is left out when Connectable, as the spec describes. Advice is an extension. */
export function toConnectivityWire(result: ProbeResult) {
  return {
    ConnectState: result.state,
    ...(result.state === "Connectable" ? {} : { ConnectMessage: result.message ?? "" }),
    ConnectAdvice: result.advice,
    DetailLogs: result.steps.map(toDetailLogWire),
  };
}

/** One target of a batch, pair or history answer. */
export function toTargetResultWire(target: TargetResult) {
  return {
    DataSourceId: target.dataSourceId,
    DataSourceName: target.dataSourceName,
    DataSourceType: target.dataSourceType,
    ResourceGroupId: target.resourceGroup.id,
    ResourceGroupIdentifier: target.resourceGroup.identifier,
    Role: target.role,
    StartTime: target.result.startedAt,
    EndTime: target.result.finishedAt,
    ...toConnectivityWire(target.result),
  };
}
