"use client";

import "@xyflow/react/dist/style.css";
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, type Node, type NodeMouseHandler } from "@xyflow/react";
import { useMemo, useRef, type CSSProperties } from "react";
import { statusStyleOf } from "@/components/instances/status-style";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { FLOW_STRINGS } from "./flow-strings";
import { INSTANCE_NODE_HEIGHT, INSTANCE_NODE_TYPE, INSTANCE_NODE_WIDTH, toEdgeStrokes, toFlowNodes, type GraphEdgeInput, type InstanceNodeData } from "./graph-elements";
import { EdgeLayer } from "./edge-layer";
import { InstanceGraphNode } from "./instance-graph-node";
import { useGraphLayout } from "./layout/use-graph-layout";

/** Declared once: React Flow re-mounts every node when this object changes. */
const NODE_TYPES = { [INSTANCE_NODE_TYPE]: InstanceGraphNode };

/** Above this many nodes the canvas does not draw: the page should filter first. */
export const MAX_DRAWN_NODES = 5_000;

/** React Flow's own colours, mapped onto the console's tokens (both themes). */
const THEME_STYLE = {
  "--xy-background-color": "var(--canvas)",
  "--xy-background-pattern-dots-color": "var(--border)",
  "--xy-edge-stroke": "var(--fg-muted)",
  "--xy-edge-stroke-selected": "var(--accent)",
  "--xy-controls-button-background-color": "var(--surface)",
  "--xy-controls-button-background-color-hover": "var(--surface-muted)",
  "--xy-controls-button-color": "var(--fg)",
  "--xy-controls-button-border-color": "var(--border)",
  "--xy-minimap-background-color": "var(--surface)",
  "--xy-minimap-mask-background-color": "var(--backdrop)",
  "--xy-node-background-color": "transparent",
  "--xy-node-border": "none",
  "--xy-node-boxshadow-selected": "none",
  "--xy-attribution-background-color": "transparent",
} as CSSProperties;

export type GraphCanvasProps = {
  nodes: readonly InstanceNodeData[];
  edges: readonly GraphEdgeInput[];
  onOpen: (instanceId: string) => void;
  /** Pixel height of the canvas. */
  height: number;
  /** Shown (for example) when the upstream left instances out. */
  footer?: React.ReactNode;
};

const minimapColor = (node: Node) => statusStyleOf((node.data as InstanceNodeData).status).color;

/**
 * A dependency graph of instances: laid out left to right by the console's layered layout (in a
 * worker for large graphs), drawn with React Flow rendering only the visible nodes, coloured by
 * status with icon and label, plain boxes when zoomed far out; the edges are a few paths under the
 * nodes (EdgeLayer). Clicking a node opens it.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  if (props.nodes.length > MAX_DRAWN_NODES) {
    return <EmptyState title={FLOW_STRINGS.tooLargeTitle(props.nodes.length)} description={FLOW_STRINGS.tooLargeHint} />;
  }
  return (
    <ReactFlowProvider>
      <LaidOutGraph {...props} />
    </ReactFlowProvider>
  );
}

function LaidOutGraph({ nodes, edges, onOpen, height, footer }: GraphCanvasProps) {
  const layoutNodes = useMemo(() => nodes.map((node) => ({ id: node.instanceId, width: INSTANCE_NODE_WIDTH, height: INSTANCE_NODE_HEIGHT })), [nodes]);
  const layoutEdges = useMemo(() => edges.map((edge) => ({ source: edge.source, target: edge.target })), [edges]);
  const layout = useGraphLayout(layoutNodes, layoutEdges, { direction: "LR", layerGap: 72, nodeGap: 14 });
  const flowNodes = useMemo(() => (layout.result ? toFlowNodes(nodes, layout.result.positions) : []), [nodes, layout.result]);
  const edgeStrokes = useMemo(() => toEdgeStrokes(edges, flowNodes, (status) => statusStyleOf(status).color), [edges, flowNodes]);
  const onNodeClick: NodeMouseHandler = (_event, node) => onOpen(node.id);
  const canvasRef = useRef<HTMLDivElement>(null);
  // While the view moves, the drawn graph gets a layer of its own: a pan then shifts pixels already
  // rasterised instead of repainting every node each frame (with software raster, the cost of
  // panning). Only while moving, since text on a layer loses its subpixel smoothing; set on the
  // element rather than through state, as a re-render per pan would cost more than it saves.
  const setMoving = (isMoving: boolean) => canvasRef.current?.querySelector<HTMLElement>(".react-flow__viewport")?.style.setProperty("will-change", isMoving ? "transform" : "");
  // A different set of nodes (new depth, other DAG) mounts a fresh canvas, so the view fits it again.
  const graphIdentity = `${nodes.length}:${nodes[0]?.instanceId ?? ""}:${nodes.at(-1)?.instanceId ?? ""}`;

  if (nodes.length === 0) return <EmptyState title={FLOW_STRINGS.empty} />;
  if (layout.error) return <ErrorState title={FLOW_STRINGS.layoutFailed} whatToDo={FLOW_STRINGS.tooLargeHint} message={layout.error} />;
  return (
    <div ref={canvasRef} className="relative overflow-hidden rounded-md border border-border" style={{ height, ...THEME_STYLE }} aria-label={FLOW_STRINGS.canvasLabel} role="figure">
      {layout.result === null ? (
        <div className="flex h-full items-center justify-center gap-2 text-sm text-fg-muted">
          <Spinner />
          {FLOW_STRINGS.layingOut(nodes.length)}
        </div>
      ) : (
        <ReactFlow
          key={graphIdentity}
          nodes={flowNodes}
          nodeTypes={NODE_TYPES}
          onNodeClick={onNodeClick}
          onMoveStart={() => setMoving(true)}
          onMoveEnd={() => setMoving(false)}
          onlyRenderVisibleElements
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          fitView
          fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
          minZoom={0.02}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
        >
          <EdgeLayer strokes={edgeStrokes} />
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
          {nodes.length > 30 ? <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} /> : null}
        </ReactFlow>
      )}
      {layout.isPending && layout.result !== null ? (
        <div className="absolute top-2 left-2 flex items-center gap-2 rounded bg-surface px-2 py-1 text-xs text-fg-muted shadow">
          <Spinner size={12} />
          {FLOW_STRINGS.layingOut(nodes.length)}
        </div>
      ) : null}
      {footer ? <div className="absolute right-2 bottom-2 rounded bg-surface px-2 py-1 text-xs text-fg-muted shadow">{footer}</div> : null}
    </div>
  );
}
