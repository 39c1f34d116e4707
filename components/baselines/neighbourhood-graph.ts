import type { GraphEdgeInput, InstanceNodeData } from "@/components/flow/graph-elements";
import type { TKeyPathEntry, TKeyPathNeighbourhood, TNeighbourhoodInstance } from "@/lib/contracts/baselines";
import { BASELINE_STRINGS } from "./baseline-strings";
import { formatClock } from "./baseline-time";

const STRINGS = BASELINE_STRINGS.detail.neighbourhood;

/** What GraphCanvas draws; the key path's own edges are emphasised. */
export type TNeighbourhoodGraph = { nodes: InstanceNodeData[]; edges: GraphEdgeInput[] };

type TGraphContext = { keyPath: readonly TKeyPathEntry[]; blockInstanceId: string | null; timezone: string };

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
    return {
      nodes: context.keyPath.map((entry) => keyPathNode(entry.instanceId, entry.nodeName, String(entry.status), false, entry, context)),
      edges: ids.slice(1).map((target, index) => ({ source: ids[index]!, target, isEmphasised: true })),
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
    edges: neighbourhood.edges.map((edge) => ({ source: edge.parentId, target: edge.childId, isEmphasised: edge.isOnKeyPath })),
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

/**
 * What the drawing depends on, as one string: GraphCanvas lays a graph out again for every new
 * array, so the page hands it a new one only when this changes (not on every 5 s key path refresh).
 */
export function graphSignature(graph: TNeighbourhoodGraph): string {
  const nodes = graph.nodes.map((node) => `${node.instanceId}|${node.status}|${node.subtitle}|${node.title}|${Number(node.isCenter)}${Number(node.isDimmed)}${Number(node.isSuspended)}`);
  const edges = graph.edges.map((edge) => `${edge.source}>${edge.target}${edge.isEmphasised ? "!" : ""}`);
  return `${nodes.join(";")}#${edges.join(";")}`;
}

/** A chain of a few instances needs little room; a neighbourhood of hundreds, the most the page gives. */
export function canvasHeightFor(nodeCount: number): number {
  if (nodeCount <= 8) return 320;
  if (nodeCount <= 40) return 460;
  return 600;
}
