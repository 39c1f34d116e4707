import type { Node } from "@xyflow/react";
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

/** A dependency to draw, parent → child; emphasised edges are drawn bold and the others faded (a key path, say). */
export type GraphEdgeInput = { source: string; target: string; isEmphasised?: boolean };

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

/**
 * Edges grouped by look: a dependency that is met (the parent succeeded) is a plain line; one that
 * is not is drawn in the parent's status colour, dashed unless the parent failed.
 */
export type EdgeStroke = {
  key: string;
  /**
   * Path data, one string per patch of the graph (see EDGE_PATCH_SIZE), each edge a curve from the
   * parent's right side to the child's left.
   */
  paths: string[];
  /** Null: the canvas's default edge colour. */
  color: string | null;
  dash: string | null;
  isEmphasised: boolean;
  /** Drawn faint: other edges are emphasised. */
  isFaded: boolean;
};

type Point = { x: number; y: number };

/**
 * Edges leaving one square of this size (graph pixels) share a path. One path for the whole graph
 * would be rasterised in full for every tile the browser paints; a path per edge puts thousands of
 * items in the paint list the browser walks on every frame that changes it (as nodes come into view
 * while panning). Patches keep both small.
 */
export const EDGE_PATCH_SIZE = 600;

/** A curve leaving `from` to the right and entering `to` from the left, like React Flow's bezier edge. */
export function edgeCurve(from: Point, to: Point): string {
  const gap = to.x - from.x;
  // Forward: the control points sit halfway across; backward (a reversed cycle edge): a loop that grows with the distance.
  const offset = gap >= 0 ? gap / 2 : 6.25 * Math.sqrt(-gap);
  const round = (value: number) => Math.round(value * 10) / 10;
  return `M${round(from.x)},${round(from.y)}C${round(from.x + offset)},${round(from.y)} ${round(to.x - offset)},${round(to.y)} ${round(to.x)},${round(to.y)}`;
}

/** Edges between placed nodes, grouped by look (see EdgeStroke); edges to nodes that are not drawn are left out. Pure. */
export function toEdgeStrokes(
  edges: readonly GraphEdgeInput[],
  nodes: readonly Pick<Node<InstanceNodeData>, "id" | "position" | "data">[],
  colorOf: (status: string) => string,
): EdgeStroke[] {
  const nodeOf = new Map(nodes.map((node) => [node.id, node]));
  const hasEmphasis = edges.some((edge) => edge.isEmphasised);
  const strokes = new Map<string, EdgeStroke & { patches: Map<string, string[]> }>();
  for (const edge of edges) {
    const source = nodeOf.get(edge.source);
    const target = nodeOf.get(edge.target);
    if (!source || !target) continue;
    // The parent's status says whether this dependency is met: SUCCESS is, anything else holds the child back.
    const status = source.data.status;
    const isMet = status === "SUCCESS";
    const color = isMet ? null : colorOf(status);
    const dash = isMet || status === "FAILURE" ? null : "4 3";
    const isEmphasised = edge.isEmphasised === true;
    const key = `${color ?? "default"}|${dash ?? "solid"}|${isEmphasised ? "bold" : hasEmphasis ? "faded" : "plain"}`;
    let stroke = strokes.get(key);
    if (!stroke) {
      stroke = { key, paths: [], patches: new Map(), color, dash, isEmphasised, isFaded: hasEmphasis && !isEmphasised };
      strokes.set(key, stroke);
    }
    const from = { x: source.position.x + INSTANCE_NODE_WIDTH, y: source.position.y + INSTANCE_NODE_HEIGHT / 2 };
    const to = { x: target.position.x, y: target.position.y + INSTANCE_NODE_HEIGHT / 2 };
    const patch = `${Math.floor(from.x / EDGE_PATCH_SIZE)}:${Math.floor(from.y / EDGE_PATCH_SIZE)}`;
    const curves = stroke.patches.get(patch);
    if (curves) curves.push(edgeCurve(from, to));
    else stroke.patches.set(patch, [edgeCurve(from, to)]);
  }
  // Faded first and emphasised last, so the emphasised edges are drawn on top.
  const rank = (stroke: EdgeStroke) => (stroke.isEmphasised ? 2 : stroke.isFaded ? 0 : 1);
  return [...strokes.values()]
    .map(({ patches, ...stroke }) => ({ ...stroke, paths: [...patches.values()].map((curves) => curves.join("")) }))
    .sort((left, right) => rank(left) - rank(right));
}
