import { isInstanceStatus, RERUN_MODES, type InstanceStatus, type RerunMode } from "../../model/status";
import type { Dialect } from "../../store/database";
import type { Tx } from "../../store/transaction";
import { instanceNotFound, nodeNotFound } from "./refusal";

export type JudgedInstance = {
  id: bigint;
  projectId: bigint;
  nodeId: bigint;
  dagId: bigint;
  status: InstanceStatus;
  isSuspended: boolean;
  attempt: number;
  rerunMode: RerunMode;
};

/**
 * Reads the instance an operation judges. On PostgreSQL the row stays locked until the transaction
 * ends, so two operators racing on one instance are judged one after the other; SQLite's write lock
 * (inWriteTransaction) does the same there.
 */
export async function lockInstance(tx: Tx, dialect: Dialect, instanceId: bigint): Promise<JudgedInstance> {
  if (dialect === "postgresql") await tx.$queryRaw`SELECT "id" FROM "instance" WHERE "id" = ${instanceId} FOR UPDATE`;
  const instance = await tx.instance.findUnique({
    where: { id: instanceId },
    select: { id: true, projectId: true, nodeId: true, dagId: true, status: true, isSuspended: true, attempt: true },
  });
  if (!instance) throw instanceNotFound(instanceId);
  if (!isInstanceStatus(instance.status)) throw new Error(`Instance ${instanceId} has an unknown status "${instance.status}"`);
  const node = await tx.node.findUnique({ where: { id: instance.nodeId }, select: { rerunMode: true } });
  // A node removed by a deploy keeps its instances; they are then judged as if reruns were allowed.
  const rerunMode = (RERUN_MODES as readonly string[]).includes(node?.rerunMode ?? "") ? (node!.rerunMode as RerunMode) : "ALL_ALLOWED";
  return { ...instance, status: instance.status, rerunMode };
}

export type LockedNode = { id: bigint; projectId: bigint; schedulerType: string; ownerId: string };

/** Reads a node that an operation changes, locked like lockInstance. Deleted nodes do not exist. */
export async function lockNode(tx: Tx, dialect: Dialect, nodeId: bigint): Promise<LockedNode> {
  if (dialect === "postgresql") await tx.$queryRaw`SELECT "id" FROM "node" WHERE "id" = ${nodeId} FOR UPDATE`;
  const node = await tx.node.findFirst({
    where: { id: nodeId, isDeleted: false },
    select: { id: true, projectId: true, schedulerType: true, ownerId: true },
  });
  if (!node) throw nodeNotFound([nodeId], "NodeId");
  return node;
}
