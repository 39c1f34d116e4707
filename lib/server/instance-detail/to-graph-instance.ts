import type { TGraphInstance } from "@/lib/contracts/instance-detail";
import { toTaskTypeName, type TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { dateInZone } from "@/lib/server/instances/zoned-date";

function toIso(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined ? null : new Date(epochMs).toISOString();
}

/** An upstream instance as a graph node: what it shows and links to, nothing more (graphs can be large). */
export function toGraphInstance(wire: TUpstreamInstance, timezone: string): TGraphInstance {
  return {
    instanceId: wire.InstanceId,
    nodeId: wire.NodeId,
    nodeName: wire.NodeName ?? "",
    status: wire.Status,
    isSuspended: wire.IsSuspended ?? false,
    taskType: toTaskTypeName(wire.TaskType),
    bizdate: dateInZone(wire.Bizdate, timezone),
    cycTime: new Date(wire.CycTime).toISOString(),
    beginRunningTime: toIso(wire.BeginRunningTime),
    finishTime: toIso(wire.FinishTime),
    dagId: wire.DagId,
  };
}
