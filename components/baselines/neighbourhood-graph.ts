import type { GraphEdgeInput, InstanceNodeData } from "@/components/flow/graph-elements";
import type { TKeyPathEntry, TKeyPathNeighbourhood, TNeighbourhoodInstance } from "@/lib/contracts/baselines";
import { BASELINE_STRINGS } from "./baseline-strings";
import { formatClock } from "./baseline-time";

const STRINGS = BASELINE_STRINGS.detail.neighbourhood;

/** What GraphCanvas draws, and the key path's edges (by React Flow edge id, `parent>child`) to emphasise. */
export type TNeighbourhoodGraph = { nodes: InstanceNodeData[]; edges: GraphEdgeInput[]; keyPathEdgeIds: string[] };

type TGraphContext = { keyPath: readonly TKeyPathEntry[]; blockInstanceId: string | null; timezone: string };

/** The id GraphCanvas gives an edge (components/flow/graph-elements.ts, toFlowEdges). */
export const flowEdgeId = (parentId: string, childId: string) => `${parentId}>${childId}`;

function neighbourSubtitle(instance: TNeighbourhoodInstance, timezone: string): string {
  const where = instance.relation === "upstream" ? STRINGS.upstream(instance.hop) : STRINGS.downstream(instance.hop);
  return instance.cycTime ? `${where} · ${formatClock(instance.cycTime, timezone)}` : where;
}

/**
 * The graph of a key path's neighbourhood: key path instances in full with their predicted window
 * (the blocking one outlined), neighbours faded with where they sit. Without a neighbourhood (not
 * loaded, or failed) the key path alone, as a chain. Pure.
 */
export function toNeighbourhoodGraph(neighbourhood: TKeyPathNeighbourhood | null, context: TGraphContext): TNeighbourhoodGraph {
  const entryOf = new Map(context.keyPath.map((entry) => [entry.instanceId, entry]));
  if (!neighbourhood) {
    const ids = context.keyPath.map((entry) => entry.instanceId);
    const edges = ids.slice(1).map((target, index) => ({ source: ids[index]!, target }));
    return {
      nodes: context.keyPath.map((entry) => keyPathNode(entry.instanceId, entry.nodeName, String(entry.status), false, entry, context)),
      edges,
      keyPathEdgeIds: edges.map((edge) => flowEdgeId(edge.source, edge.target)),
    };
  }
  return {
    nodes: neighbourhood.instances.map((instance) =>
      instance.relation === "keyPath"
        ? // The key path refreshes every 5 s, the neighbourhood every 30 s: its own status is the fresher one.
          keyPathNode(instance.instanceId, instance.nodeName, String(entryOf.get(instance.instanceId)?.status ?? instance.status), instance.isSuspended, entryOf.get(instance.instanceId), context)
        : {
            instanceId: instance.instanceId,
            title: instance.nodeName || instance.instanceId,
            subtitle: neighbourSubtitle(instance, context.timezone),
            status: instance.status,
            isSuspended: instance.isSuspended,
            isCenter: false,
            isDimmed: true,
          },
    ),
    edges: neighbourhood.edges.map((edge) => ({ source: edge.parentId, target: edge.childId })),
    keyPathEdgeIds: neighbourhood.edges.filter((edge) => edge.isOnKeyPath).map((edge) => flowEdgeId(edge.parentId, edge.childId)),
  };
}

function keyPathNode(instanceId: string, nodeName: string, status: string, isSuspended: boolean, entry: TKeyPathEntry | undefined, context: TGraphContext): InstanceNodeData {
  return {
    instanceId,
    title: nodeName || instanceId,
    subtitle: entry ? `${formatClock(entry.beginCast, context.timezone)}–${formatClock(entry.endCast, context.timezone)}` : STRINGS.onKeyPath,
    status,
    isSuspended,
    isCenter: instanceId === context.blockInstanceId,
    isDimmed: false,
  };
}

const cssString = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;

/**
 * The style sheet that draws the key path's edges bold over faded neighbour edges, scoped to the
 * element carrying `scope` as an attribute. GraphCanvas styles edges by status only; this stays
 * outside it (components/flow is shared). Pure.
 */
export function keyPathEdgeCss(scope: string, keyPathEdgeIds: readonly string[]): string {
  const root = `[${scope}]`;
  const faded = `${root} .react-flow__edge .react-flow__edge-path{opacity:.45}`;
  if (keyPathEdgeIds.length === 0) return faded;
  const selectors = keyPathEdgeIds.map((id) => `${root} .react-flow__edge[data-id=${cssString(id)}] .react-flow__edge-path`).join(",");
  // Not scaled with the zoom: a 580-instance neighbourhood fits the canvas at a quarter size, where
  // a scaled 3 px line would be under one pixel and the path would vanish among its neighbours.
  return `${faded}\n${selectors}{opacity:1;stroke-width:3px;vector-effect:non-scaling-stroke}`;
}

/**
 * What the drawing depends on, as one string: GraphCanvas lays a graph out again for every new
 * array, so the page hands it a new one only when this changes (not on every 5 s key path refresh).
 */
export function graphSignature(graph: TNeighbourhoodGraph): string {
  const nodes = graph.nodes.map((node) => `${node.instanceId}|${node.status}|${node.subtitle}|${node.title}|${Number(node.isCenter)}${Number(node.isDimmed)}${Number(node.isSuspended)}`);
  const edges = graph.edges.map((edge) => flowEdgeId(edge.source, edge.target));
  return `${nodes.join(";")}#${edges.join(";")}#${graph.keyPathEdgeIds.join(";")}`;
}

/** A chain of a few instances needs little room; a neighbourhood of hundreds, the most the page gives. */
export function canvasHeightFor(nodeCount: number): number {
  if (nodeCount <= 8) return 320;
  if (nodeCount <= 40) return 460;
  return 600;
}
