import { z } from "zod";
import { outcomeOfRecord } from "./audit-record";
import type { OperationContext, OperationOutcome } from "./context";
import { lockNode } from "./lock-rows";
import { performOperation } from "./perform-operation";
import { refusalFromIssues } from "./refusal";

export const ZUpdateNodeOwnerInput = z.object({
  nodeId: z.bigint().positive(),
  ownerId: z.string().trim().min(1, "is required").max(64, "is longer than 64 characters"),
});
export type UpdateNodeOwnerInput = z.infer<typeof ZUpdateNodeOwnerInput>;

/** UpdateNodeOwner: the node's OwnerId becomes the given user; the same owner again is a no-op. */
export function updateNodeOwner(context: OperationContext, input: UpdateNodeOwnerInput): Promise<OperationOutcome> {
  const requestedId = typeof input?.nodeId === "bigint" ? input.nodeId : 0n;
  return performOperation<OperationOutcome>(context, {
    action: "UpdateNodeOwner",
    requested: { targetType: "node", targetId: requestedId, projectId: null },
    work: async (tx) => {
      const parsed = ZUpdateNodeOwnerInput.safeParse(input);
      if (!parsed.success) throw refusalFromIssues(parsed.error, { nodeId: "NodeId", ownerId: "UserId" });
      const node = await lockNode(tx, context.db.dialect, parsed.data.nodeId);
      const before = JSON.stringify({ ownerId: node.ownerId });
      const after = JSON.stringify({ ownerId: parsed.data.ownerId });
      const target = { targetType: "node" as const, targetId: node.id, projectId: node.projectId };
      if (node.ownerId === parsed.data.ownerId) return { value: { result: "NOOP", before, after: before }, result: "NOOP", target, before, after: before };
      await tx.node.update({ where: { id: node.id }, data: { ownerId: parsed.data.ownerId, modifiedAt: BigInt(context.now) } });
      return { value: { result: "APPLIED", before, after }, result: "APPLIED", target, before, after };
    },
    replay: outcomeOfRecord,
  });
}
