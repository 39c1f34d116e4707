import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import { ZInstanceStatus, type TInstanceSummary } from "@/lib/contracts/instances";
import { dateInZone } from "./zoned-date";

/**
 * One instance as DataWorks writes it (GetInstance Data, ListInstances Instances[]). Lenient where
 * real DataWorks and the engine differ: the engine's extensions (IsSuspended, ProjectId) are
 * optional, and fields DataWorks may leave out get defaults.
 */
const zEpochMs = z.number().int();
const zOptionalTime = zEpochMs.nullable().optional();

export const ZUpstreamInstance = z.object({
  InstanceId: zId,
  NodeId: zId,
  NodeName: z.string().nullable().optional(),
  ProjectId: zId.nullable().optional(),
  DagId: zId,
  DagType: z.string().nullable().optional(),
  Status: ZInstanceStatus,
  TaskType: z.string().nullable().optional(),
  IsSuspended: z.boolean().optional(),
  Bizdate: zEpochMs,
  CycTime: zEpochMs,
  BeginWaitTimeTime: zOptionalTime,
  BeginWaitResTime: zOptionalTime,
  BeginRunningTime: zOptionalTime,
  FinishTime: zOptionalTime,
  Priority: z.number().int().nullable().optional(),
  TaskRerunTime: z.number().int().nullable().optional(),
  Repeatability: z.boolean().nullable().optional(),
  BaselineId: zId.nullable().optional(),
  CreateUser: z.string().nullable().optional(),
  ErrorMessage: z.string().nullable().optional(),
});
export type TUpstreamInstance = z.output<typeof ZUpstreamInstance>;

/** What the list shows from the node (owner, type): read separately, absent when unknown. */
export type TNodeFacts = { owner: string; programType: string };

function toIso(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined ? null : new Date(epochMs).toISOString();
}

/** `NORMAL(0)` → `NORMAL` (the engine writes the code, DataWorks may not). */
export function toTaskTypeName(taskType: string | null | undefined): string {
  const name = (taskType ?? "").replace(/\(\d+\)$/, "").trim();
  return name === "" ? "NORMAL" : name;
}

export function toInstanceSummary(wire: TUpstreamInstance, context: { timezone: string; node?: TNodeFacts | null }): TInstanceSummary {
  return {
    instanceId: wire.InstanceId,
    nodeId: wire.NodeId,
    nodeName: wire.NodeName ?? "",
    projectId: wire.ProjectId ?? null,
    dagId: wire.DagId,
    dagType: wire.DagType ?? "DAILY",
    status: wire.Status,
    taskType: toTaskTypeName(wire.TaskType),
    isSuspended: wire.IsSuspended ?? false,
    bizdate: dateInZone(wire.Bizdate, context.timezone),
    cycTime: new Date(wire.CycTime).toISOString(),
    beginWaitTimeTime: toIso(wire.BeginWaitTimeTime),
    beginWaitResTime: toIso(wire.BeginWaitResTime),
    beginRunningTime: toIso(wire.BeginRunningTime),
    finishTime: toIso(wire.FinishTime),
    priority: wire.Priority ?? 1,
    retriesLeft: wire.TaskRerunTime ?? null,
    isRerunnable: wire.Repeatability ?? true,
    baselineId: wire.BaselineId ?? null,
    createUser: wire.CreateUser ?? "",
    errorMessage: wire.ErrorMessage ?? "",
    owner: context.node?.owner ?? null,
    programType: context.node?.programType ?? null,
  };
}
