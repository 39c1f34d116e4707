import { z } from "zod";
import { bizdateEpoch, currentBizdate } from "../../schedule/calendar";
import type { Tx } from "../../store/transaction";
import { outcomeOfRecord } from "./audit-record";
import type { OperationContext, OperationOutcome } from "./context";
import { lockNode } from "./lock-rows";
import { performOperation } from "./perform-operation";
import { invalidParameter, refusalFromIssues } from "./refusal";

export const ZUpdateNodeRunModeInput = z.object({
  nodeId: z.bigint().positive(),
  schedulerType: z.union([z.literal(0), z.literal(2)], { error: "must be 0 (unfreeze) or 2 (freeze)" }),
});
export type UpdateNodeRunModeInput = z.infer<typeof ZUpdateNodeRunModeInput>;

const WAITING = ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"];

/**
 * UpdateNodeRunMode: 2 freezes a node (PAUSE: its instances fail when scheduling reaches them),
 * 0 unfreezes it (NORMAL). The node's cycle instances of the current bizdate and later that have
 * not started follow (task type PAUSE ↔ NORMAL); older ones and backfills are left as they are.
 */
export function updateNodeRunMode(context: OperationContext, input: UpdateNodeRunModeInput): Promise<OperationOutcome> {
  const requestedId = typeof input?.nodeId === "bigint" ? input.nodeId : 0n;
  return performOperation<OperationOutcome>(context, {
    action: "UpdateNodeRunMode",
    requested: { targetType: "node", targetId: requestedId, projectId: null },
    work: async (tx) => {
      const parsed = ZUpdateNodeRunModeInput.safeParse(input);
      if (!parsed.success) throw refusalFromIssues(parsed.error, { nodeId: "NodeId", schedulerType: "SchedulerType" });
      const node = await lockNode(tx, context.db.dialect, parsed.data.nodeId);
      const before = JSON.stringify({ schedulerType: node.schedulerType });
      const target = { targetType: "node" as const, targetId: node.id, projectId: node.projectId };
      const isFreeze = parsed.data.schedulerType === 2;
      const next = nextSchedulerType(node.schedulerType, isFreeze);
      if (next === "MANUAL_REFUSED") {
        throw invalidParameter(
          `The specified parameters are invalid: SchedulerType: node ${node.id} is a manual node, which is never scheduled and cannot be frozen.`,
          { before, projectId: node.projectId },
        );
      }
      if (next === null) return { value: { result: "NOOP", before, after: before }, result: "NOOP", target, before, after: before };
      await tx.node.update({ where: { id: node.id }, data: { schedulerType: next, modifiedAt: BigInt(context.now) } });
      const instancesUpdated = await retypeWaitingCycleInstances(tx, node, isFreeze, context.now);
      const after = JSON.stringify({ schedulerType: next, instancesUpdated });
      return { value: { result: "APPLIED", before, after }, result: "APPLIED", target, before, after };
    },
    replay: outcomeOfRecord,
  });
}

/** The node's scheduler type after the request, or null when it already is what was asked. */
function nextSchedulerType(current: string, isFreeze: boolean): "PAUSE" | "NORMAL" | "MANUAL_REFUSED" | null {
  if (isFreeze) {
    if (current === "PAUSE") return null;
    return current === "MANUAL" ? "MANUAL_REFUSED" : "PAUSE";
  }
  // Only a frozen node is unfrozen; a dry-run (SKIP) or manual node is not frozen, so nothing changes.
  return current === "PAUSE" ? "NORMAL" : null;
}

async function retypeWaitingCycleInstances(
  tx: Tx,
  node: { id: bigint; projectId: bigint },
  isFreeze: boolean,
  now: number,
): Promise<number> {
  const project = await tx.project.findUnique({ where: { id: node.projectId }, select: { timezone: true } });
  if (!project) return 0;
  const fromBizdate = BigInt(bizdateEpoch(currentBizdate(now, project.timezone), project.timezone));
  const changed = await tx.instance.updateMany({
    where: {
      nodeId: node.id,
      dagType: "DAILY",
      bizdate: { gte: fromBizdate },
      status: { in: WAITING },
      taskType: isFreeze ? { in: ["NORMAL", "SKIP"] } : "PAUSE",
    },
    data: { taskType: isFreeze ? "PAUSE" : "NORMAL", modifyTime: BigInt(now) },
  });
  return changed.count;
}
