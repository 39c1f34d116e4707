import type { NodeOutput } from "../../../model/entities";

export type NodeIoWire = { TableName: string; Data: string; NodeId: bigint };

/** One ListNodeInputOrOutput entry: an output name, its table, and the node at the other end. */
export function toNodeIoWire(output: Pick<NodeOutput, "name" | "tableName">, otherNodeId: bigint): NodeIoWire {
  return { TableName: output.tableName, Data: output.name, NodeId: otherNodeId };
}
