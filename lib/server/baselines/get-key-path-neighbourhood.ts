import "server-only";
import { MAX_NEIGHBOURHOOD_INSTANCES, MAX_NEIGHBOURS_PER_SIDE, type TKeyPathEntry, type TKeyPathNeighbourhood } from "@/lib/contracts/baselines";
import { ZListInstanceDependenciesAnswer } from "@/lib/server/instance-detail/upstream-schemas";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { isUnknownActionError } from "@/lib/server/instances/upstream-code";
import { getWorkspaceClient, type TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toIsoOrNull } from "./baseline-mapper";
import { mergeNeighbourhood, type TDependencyAnswer, type TNeighbourFacts } from "./merge-neighbourhood";
import { readBaselineInstance, type TBaselineInstanceKey } from "./read-baseline-instance";

/** Dependency reads in flight at once: the instance page's graph uses the same bound. */
const DEPENDENCY_CONCURRENCY = 4;

type TNeighbourhoodRequest = TBaselineInstanceKey & { serviceId: number; projectId: string; hops: number };
type TDependencyRead = { kind: "answer"; answer: TDependencyAnswer } | { kind: "unknownAction" } | { kind: "failed"; error: unknown };

function toNeighbourFacts(wire: TUpstreamInstance): TNeighbourFacts {
  return { instanceId: wire.InstanceId, nodeId: wire.NodeId, nodeName: wire.NodeName ?? "", status: wire.Status, isSuspended: wire.IsSuspended ?? false, cycTime: toIsoOrNull(wire.CycTime) };
}

function keyPathFacts(entry: TKeyPathEntry): TNeighbourFacts {
  return { instanceId: entry.instanceId, nodeId: entry.nodeId, nodeName: entry.nodeName, status: String(entry.status), isSuspended: false, cycTime: entry.cycTime };
}

/**
 * One key path instance's parents and children to `hops` edges: the engine's instance edges
 * (ListInstanceDependencies, the call behind the instance page's graph). Never throws: a failure
 * belongs to this instance only.
 */
async function readDependencies(workspace: TWorkspaceClient, instanceId: string, hops: number): Promise<TDependencyRead> {
  try {
    const answer = await workspace.client.call(
      "ListInstanceDependencies",
      // One more than the cap, so an instance with more neighbours than we draw is known to have them.
      { InstanceId: instanceId, Direction: "BOTH", Depth: hops, MaxInstances: MAX_NEIGHBOURHOOD_INSTANCES + 1, ProjectEnv: "PROD" },
      ZListInstanceDependenciesAnswer,
    );
    return {
      kind: "answer",
      answer: {
        centerId: instanceId,
        instances: answer.Data.Instances.map(toNeighbourFacts),
        edges: answer.Data.Edges.map((edge) => ({ parentId: edge.ParentInstanceId, childId: edge.ChildInstanceId })),
        isTruncated: answer.Data.Truncated ?? false,
      },
    };
  } catch (error) {
    return isUnknownActionError(error) ? { kind: "unknownAction" } : { kind: "failed", error };
  }
}

/**
 * The key path of a baseline instance with its neighbourhood: every key path instance's upstream
 * and downstream instances to `hops` edges, one dependency call per key path instance (at most
 * DEPENDENCY_CONCURRENCY at a time), merged with at most MAX_NEIGHBOURS_PER_SIDE on each side of
 * each key path instance, and cut to MAX_NEIGHBOURHOOD_INSTANCES. Where the data
 * service has no instance dependencies (real DataWorks), the key path alone, said so.
 */
export async function getKeyPathNeighbourhood(input: TNeighbourhoodRequest): Promise<TKeyPathNeighbourhood> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const detail = await readBaselineInstance(workspace, input);
  const keyPath = detail.keyPath.map(keyPathFacts);
  const base = { hops: input.hops, perSideLimit: MAX_NEIGHBOURS_PER_SIDE, timezone: workspace.timezone };
  const merge = (answers: TDependencyAnswer[]) => mergeNeighbourhood({ keyPath, answers, hops: input.hops, maxPerSide: MAX_NEIGHBOURS_PER_SIDE, maxInstances: MAX_NEIGHBOURHOOD_INSTANCES });
  const [first, ...rest] = detail.keyPath;
  if (!first) return { ...base, ...merge([]), unreadCount: 0, source: "instance-edges" };
  // The first read alone tells whether the data service has the Action, sparing a burst of refusals.
  const firstRead = await readDependencies(workspace, first.instanceId, input.hops);
  if (firstRead.kind === "unknownAction") {
    return { ...base, ...merge([]), unreadCount: 0, source: "key-path-only" };
  }
  const reads = [firstRead, ...(await mapWithConcurrency(rest, DEPENDENCY_CONCURRENCY, (entry) => readDependencies(workspace, entry.instanceId, input.hops)))];
  const answers = reads.flatMap((read) => (read.kind === "answer" ? [read.answer] : []));
  const failures = reads.flatMap((read) => (read.kind === "failed" ? [read.error] : []));
  // Nothing read at all is the data service's failure, not a smaller graph.
  if (answers.length === 0 && failures.length > 0) throw failures[0];
  if (failures.length > 0) console.warn(`[baselines] neighbours of ${failures.length} key path instance(s) of baseline ${input.baselineId} unreadable: ${String(failures[0] instanceof Error ? failures[0].message : failures[0])}`);
  return {
    ...base,
    ...merge(answers),
    unreadCount: reads.length - answers.length,
    source: "instance-edges",
  };
}
