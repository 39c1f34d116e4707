import type { Edge, Node } from "@xyflow/react";
import type { LayoutPosition } from "./layout/types";

/** What an instance node of a graph shows. */
export type InstanceNodeData = {
  instanceId: string;
  title: string;
  subtitle: string;
  status: string;
  isSuspended: boolean;
  isCenter: boolean;
  isDimmed: boolean;
};

export type GraphEdgeInput = { source: string; target: string };

export const INSTANCE_NODE_TYPE = "instance";
export const INSTANCE_NODE_WIDTH = 220;
export const INSTANCE_NODE_HEIGHT = 52;

/** React Flow nodes at their laid-out places (nodes without a place are left out). Pure. */
export function toFlowNodes(items: readonly InstanceNodeData[], positions: readonly LayoutPosition[]): Node<InstanceNodeData>[] {
  const positionOf = new Map(positions.map((position) => [position.id, position]));
  const nodes: Node<InstanceNodeData>[] = [];
  for (const item of items) {
    const position = positionOf.get(item.instanceId);
    if (!position) continue;
    nodes.push({
      id: item.instanceId,
      type: INSTANCE_NODE_TYPE,
      position: { x: position.x, y: position.y },
      data: item,
      width: INSTANCE_NODE_WIDTH,
      height: INSTANCE_NODE_HEIGHT,
      draggable: false,
      connectable: false,
      selected: item.isCenter,
    });
  }
  return nodes;
}

/** React Flow edges between known nodes; an edge into a failed or waiting node is drawn in its status colour. Pure. */
export function toFlowEdges(edges: readonly GraphEdgeInput[], statusOf: ReadonlyMap<string, string>, colorOf: (status: string) => string): Edge[] {
  const flowEdges: Edge[] = [];
  for (const edge of edges) {
    const sourceStatus = statusOf.get(edge.source);
    if (sourceStatus === undefined || !statusOf.has(edge.target)) continue;
    // The parent's status says whether this dependency is met: SUCCESS is, anything else holds the child back.
    const isMet = sourceStatus === "SUCCESS";
    flowEdges.push({
      id: `${edge.source}>${edge.target}`,
      source: edge.source,
      target: edge.target,
      animated: sourceStatus === "RUNNING",
      style: isMet ? undefined : { stroke: colorOf(sourceStatus), strokeDasharray: sourceStatus === "FAILURE" ? undefined : "4 3" },
    });
  }
  return flowEdges;
}
