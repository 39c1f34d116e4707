import { bizdateEpoch, localDateOf, localSecondOfDay, runDateOf } from "../../schedule/calendar";
import { findKeyPath, type KeyPath } from "../../schedule/key-path";
import { averageDuration, ForecastModel, type ForecastInstance } from "../../schedule/predictions";
import type { Database } from "../../store/database";
import type { BaselineInstanceValues } from "../../store/queries/monitor/baseline-instances";
import { findNodeFacts, loadUpstreamGraph, recentRunDurations, type GraphInstance } from "../../store/queries/monitor/instance-graph";
import { commitmentOf, type BaselineConfig } from "./baseline-config";
import { baselineStatusOf, bufferSecondsOf } from "./status-rules";

/** How many recent successful runs a node's usual run time averages (DataWorks looks at ten days). */
export const RECENT_RUNS = 10;
/** The usual run time of a node without any successful run yet (a VIRTUAL node: 0). */
export const DEFAULT_DURATION_MS = 60_000;
/** SLOW: running longer than twice the usual time and at least this much longer than usual … */
export const SLOW_MIN_EXTRA_MS = 60_000;
/** … for a node with at least this many successful runs to compare with. */
export const SLOW_MIN_HISTORY = 3;

export type NodeFacts = { name: string; owner: string; projectId: bigint; fileType: number; programType: string };
export type NodeTiming = { averageMs: number; runs: number };

/** A baseline instance's graph: its own instances and everything upstream, with predictions. */
export type BaselineGraph = {
  memberIds: bigint[];
  instances: Map<bigint, GraphInstance>;
  nodes: Map<bigint, NodeFacts>;
  timings: Map<bigint, NodeTiming>;
  model: ForecastModel;
};

/**
 * The instances of a baseline's nodes for one bizdate, per cycle: the bizdate's cycle (DAILY DAG)
 * instances; DAILY baselines have one cycle (1) holding all of them, HOURLY baselines cycle n holding
 * those whose cycle time falls in hour n − 1 of the run date. Cycles without a commitment are left out.
 */
export async function findMemberInstances(db: Database, config: BaselineConfig, bizdate: string, timezone: string): Promise<Map<number, bigint[]>> {
  const rows = await db.prisma.instance.findMany({
    where: { bizdate: BigInt(bizdateEpoch(bizdate, timezone)), dagType: "DAILY", projectId: config.projectId, nodeId: { in: (await memberNodeIds(db, config.id)) } },
    select: { id: true, cycTime: true },
    orderBy: { id: "asc" },
  });
  const byCycle = new Map<number, bigint[]>();
  const runDate = runDateOf(bizdate);
  for (const row of rows) {
    const cycTime = Number(row.cycTime);
    let cycle = 1;
    if (config.baselineType === "HOURLY") {
      if (localDateOf(cycTime, timezone) !== runDate) continue;
      cycle = Math.floor(localSecondOfDay(cycTime, timezone) / 3600) + 1;
    }
    if (config.slaDetail[String(cycle)] === undefined) continue;
    byCycle.set(cycle, [...(byCycle.get(cycle) ?? []), row.id]);
  }
  return byCycle;
}

async function memberNodeIds(db: Database, baselineId: bigint): Promise<bigint[]> {
  return (await db.prisma.node.findMany({ where: { baselineId, isDeleted: false }, select: { id: true } })).map((row) => row.id);
}

export function forecastInstanceOf(instance: GraphInstance, timings: ReadonlyMap<bigint, NodeTiming>): ForecastInstance {
  return {
    id: instance.id,
    parentIds: instance.parentIds,
    cycTime: instance.cycTime,
    status: instance.status,
    beginRunningTime: instance.beginRunningTime,
    finishTime: instance.finishTime,
    expectedDurationMs: timings.get(instance.nodeId)?.averageMs ?? DEFAULT_DURATION_MS,
  };
}

/** Loads a baseline instance's upstream graph and predicts it from scratch. */
export async function buildBaselineGraph(db: Database, memberIds: readonly bigint[], now: number): Promise<BaselineGraph> {
  const graph = await loadUpstreamGraph(db, memberIds);
  const instances = new Map(graph.map((instance) => [instance.id, instance]));
  const nodeIds = [...new Set(graph.map((instance) => instance.nodeId))];
  const [nodes, durations] = await Promise.all([findNodeFacts(db, nodeIds), recentRunDurations(db, nodeIds, RECENT_RUNS, now)]);
  const timings = timingsOf(nodeIds, nodes, durations);
  const model = new ForecastModel(graph.map((instance) => forecastInstanceOf(instance, timings)), now);
  return { memberIds: [...memberIds], instances, nodes, timings, model };
}

export function timingsOf(nodeIds: readonly bigint[], nodes: ReadonlyMap<bigint, NodeFacts>, durations: ReadonlyMap<bigint, number[]>): Map<bigint, NodeTiming> {
  return new Map(
    nodeIds.map((nodeId) => {
      const runs = durations.get(nodeId) ?? [];
      const fallback = nodes.get(nodeId)?.programType === "VIRTUAL" ? 0 : DEFAULT_DURATION_MS;
      return [nodeId, { averageMs: averageDuration(runs, RECENT_RUNS, fallback), runs: runs.length }] as const;
    }),
  );
}

export type BaselineEvaluation = { values: BaselineInstanceValues; keyPath: KeyPath };

/** Status, predicted finish, buffer, key path, last and blocking instance of one baseline instance at `now`. */
export function evaluateBaselineGraph(
  graph: BaselineGraph,
  config: BaselineConfig,
  at: { bizdate: string; inGroupId: number; timezone: string; now: number },
): BaselineEvaluation | null {
  const commitment = commitmentOf(config, at.bizdate, at.inGroupId, at.timezone);
  if (!commitment || graph.memberIds.length === 0) return null;
  const keyPath = findKeyPath(graph.model, graph.memberIds);
  const members = graph.memberIds.map((id) => graph.instances.get(id)).filter((instance): instance is GraphInstance => instance !== undefined);
  const isFinished = members.length > 0 && members.every((instance) => instance.status === "SUCCESS");
  const finishTime = isFinished ? Math.max(...members.map((instance) => instance.finishTime ?? 0)) : null;
  const endCast = finishTime ?? keyPath.endCast ?? commitment.slaTime;
  const hasFailureUpstream = !isFinished && hasBlockingFailure(graph, members);
  const status = baselineStatusOf({ now: at.now, ...commitment, endCast, isFinished, hasFailureUpstream });
  return {
    keyPath,
    values: {
      baselineId: config.id,
      projectId: config.projectId,
      bizdate: bizdateEpoch(at.bizdate, at.timezone),
      inGroupId: at.inGroupId,
      slaTime: commitment.slaTime,
      expTime: commitment.expTime,
      endCast,
      buffer: bufferSecondsOf(commitment.slaTime, endCast),
      status,
      finishStatus: isFinished ? "FINISH" : "UNFINISH",
      finishTime,
      lastInstanceId: keyPath.lastInstanceId,
      blockInstanceId: keyPath.blockInstanceId ?? (isFinished ? keyPath.lastInstanceId : null),
      keyPath: keyPath.path,
      evaluatedAt: at.now,
    },
  };
}

/**
 * Whether an unfinished instance of the baseline has a FAILURE instance at or above it: a failed
 * instance (no automatic rerun left) holds back everything below it until someone acts.
 */
export function hasBlockingFailure(graph: BaselineGraph, members: readonly GraphInstance[]): boolean {
  const seen = new Set<bigint>();
  const stack = members.filter((member) => member.status !== "SUCCESS").map((member) => member.id);
  while (stack.length > 0) {
    const id = stack.pop() as bigint;
    if (seen.has(id)) continue;
    seen.add(id);
    const instance = graph.instances.get(id);
    if (!instance || instance.status === "SUCCESS") continue;
    if (instance.status === "FAILURE") return true;
    for (const parentId of instance.parentIds) if (!seen.has(parentId)) stack.push(parentId);
  }
  return false;
}

/** Whether a running instance is SLOW: longer than twice its usual time and SLOW_MIN_EXTRA_MS more, with enough history. */
export function slowThresholdOf(timing: NodeTiming | undefined): number | null {
  if (!timing || timing.runs < SLOW_MIN_HISTORY) return null;
  return Math.max(2 * timing.averageMs, timing.averageMs + SLOW_MIN_EXTRA_MS);
}
