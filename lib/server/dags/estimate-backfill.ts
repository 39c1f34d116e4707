import { daysInRange, type TBackfillPreview } from "@/lib/contracts/dags";
import type { TNodeSummary } from "@/lib/contracts/nodes";
import { cyclesInWindow } from "@/lib/server/nodes/parse-cron";

export type TBackfillEstimateInput = {
  startBizdate: string;
  endBizdate: string;
  windowStart?: string;
  windowEnd?: string;
  nodes: readonly Pick<TNodeSummary, "nodeId" | "name" | "cronExpress" | "schedule">[];
  excludedNodeIds: ReadonlySet<string>;
};

const withSeconds = (time: string | undefined) => (time === undefined || time.length === 8 ? time : `${time}:00`);

/**
 * What a backfill creates: one DAG per business date (both ends included) and, per date, each
 * node's cycles — all of an hourly or minute node's cycles inside the window, one for the others
 * (weekly and monthly nodes are counted every day: an upper bound). Pure.
 */
export function estimateBackfill(input: TBackfillEstimateInput): Omit<TBackfillPreview, "missingNodeIds" | "timezone"> {
  const dagCount = daysInRange(input.startBizdate, input.endBizdate);
  const window = { start: withSeconds(input.windowStart), end: withSeconds(input.windowEnd) };
  const nodes = input.nodes.map((node) => ({
    nodeId: node.nodeId,
    name: node.name,
    cronExpress: node.cronExpress,
    instancesPerDay: cyclesInWindow(node.schedule, window),
    isExcluded: input.excludedNodeIds.has(node.nodeId),
  }));
  const perDay = nodes.reduce((sum, node) => sum + node.instancesPerDay, 0);
  return { dagCount, instanceCount: dagCount * perDay, nodes };
}
