import type { TNodeDefinition, TNodeRelative, TNodeSummary } from "@/lib/contracts/nodes";
import { parseCronSchedule } from "./parse-cron";
import type { TUpstreamNode, TUpstreamNodeRelative } from "./upstream-schemas";

/** Node wire shapes (GetNode, ListNodes, GetNodeParents/Children) → the console's contracts. */

/** DataWorks writes `Repeatability` as a Boolean, its reference sometimes as "true"/"false". */
function toBoolean(value: boolean | string | null | undefined, fallback: boolean): boolean {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return fallback;
}

function schedulerTypeOf(value: string | null | undefined): string {
  const name = (value ?? "").replace(/\(\d+\)$/, "").trim();
  return name === "" ? "NORMAL" : name;
}

export function toNodeSummary(wire: TUpstreamNode): TNodeSummary {
  const schedulerType = schedulerTypeOf(wire.SchedulerType);
  const cronExpress = wire.CronExpress ?? "";
  return {
    nodeId: wire.NodeId,
    name: wire.NodeName ?? "",
    owner: wire.OwnerId ?? "",
    programType: wire.ProgramType ?? "",
    schedulerType,
    isFrozen: schedulerType === "PAUSE",
    cronExpress,
    schedule: parseCronSchedule(cronExpress),
    resourceGroup: wire.ResGroupName ?? null,
    priority: wire.Priority ?? null,
    baselineId: wire.BaselineId ?? null,
    description: wire.Description ?? "",
  };
}

export function toNodeDefinition(wire: TUpstreamNode): TNodeDefinition {
  return {
    ...toNodeSummary(wire),
    paramValues: wire.ParamValues ?? "",
    connection: wire.Connection ?? "",
    isRerunnable: toBoolean(wire.Repeatability, true),
    rerunIntervalSeconds: wire.RepeatInterval ?? null,
  };
}

export function toNodeRelative(wire: TUpstreamNodeRelative): TNodeRelative {
  return {
    nodeId: wire.NodeId,
    name: wire.NodeName ?? "",
    owner: wire.OwnerId ?? "",
    programType: wire.ProgramType ?? "",
    schedulerType: schedulerTypeOf(wire.SchedulerType),
    cronExpress: wire.CronExpress ?? "",
  };
}
