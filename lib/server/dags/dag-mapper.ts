import type { TDag } from "@/lib/contracts/dags";
import { dateInZone } from "@/lib/server/instances/zoned-date";
import type { TUpstreamDag } from "./upstream-schemas";

function toIso(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined ? null : new Date(epochMs).toISOString();
}

/** GetDag / ListDags `Data` → the console's DAG (the business date in the workspace's zone). */
export function toDag(wire: TUpstreamDag, timezone: string): TDag {
  return {
    dagId: wire.DagId,
    name: wire.Name ?? "",
    type: wire.Type ?? "DAILY",
    status: wire.Status ?? "CREATED",
    bizdate: dateInZone(wire.Bizdate, timezone),
    createTime: toIso(wire.CreateTime),
    startTime: toIso(wire.StartTime),
    finishTime: toIso(wire.FinishTime),
    createUser: wire.CreateUser ?? "",
    opSeq: wire.OpSeq ?? null,
  };
}
