import type { EpochMs } from "../model/entities";
import type { SchedulerType, TaskType } from "../model/status";
import { localSecondOfDay, parseCalendarDay, runDateOf, timesOfDay } from "./calendar";
import { cycleTypeOf, isCronDay, parseCron } from "./cron";

export type PlanNode = { id: bigint; cronExpress: string; schedulerType: SchedulerType; parentIds: bigint[] };
export type PlannedInstance = { nodeId: bigint; cycTime: EpochMs; inGroupId: number; taskType: TaskType };
/** Edges point into `instances`: the child instance waits for the parent instance. */
export type InstancePlan = { instances: PlannedInstance[]; edges: { parentIndex: number; childIndex: number }[] };

/** A local-time window `HH:mm:ss`–`HH:mm:ss`, both ends inclusive (RunCycleDagNodes' BizBeginTime/BizEndTime). */
export type PlanWindow = { begin: string; end: string };

/** One node's cycles of the day: `times` is shared between nodes with the same expression, never mutated. */
type NodeCycles = { node: PlanNode; times: readonly EpochMs[]; taskType: TaskType; isIntraday: boolean };
type DaySchedule = { isCycleDay: boolean; times: readonly EpochMs[]; isIntraday: boolean };

const TASK_TYPE_OF_SCHEDULER_TYPE: Record<SchedulerType, TaskType> = { NORMAL: "NORMAL", MANUAL: "MANUAL", PAUSE: "PAUSE", SKIP: "SKIP" };

/**
 * The cycle instances of one bizdate, with their dependency edges. MANUAL nodes get none and hold
 * no child back. Throws CronSyntaxError on an invalid expression (the workspace loader rejects those first).
 */
export function planCycleInstances(input: { nodes: PlanNode[]; bizdate: string; timezone: string }): InstancePlan {
  const schedules = daySchedules(runDateOf(input.bizdate), input.timezone);
  const planned = input.nodes
    .filter((node) => node.schedulerType !== "MANUAL")
    .map((node) => nodeCycles(node, schedules(node.cronExpress), TASK_TYPE_OF_SCHEDULER_TYPE[node.schedulerType]));
  return assemblePlan(planned, () => true);
}

/**
 * The instances of a backfill (RunCycleDagNodes) for one bizdate: the included nodes, plus the excluded
 * ones as dry runs (SKIP), with edges among them only. A MANUAL node that is asked for runs, with task
 * type MANUAL so that listings still tell it apart. `window` keeps only the minute and hourly cycles whose
 * local time falls inside it; those keep their full-day inGroupId and their parents are matched as on the full day.
 */
export function planSubsetInstances(input: {
  nodes: PlanNode[];
  includeIds: bigint[];
  excludeIds: bigint[];
  bizdate: string;
  timezone: string;
  window?: PlanWindow;
}): InstancePlan {
  const schedules = daySchedules(runDateOf(input.bizdate), input.timezone);
  const excluded = new Set(input.excludeIds);
  const inScope = new Set([...input.includeIds, ...input.excludeIds]);
  const planned = input.nodes
    .filter((node) => inScope.has(node.id))
    .map((node) => {
      const taskType = excluded.has(node.id) ? "SKIP" : TASK_TYPE_OF_SCHEDULER_TYPE[node.schedulerType];
      return nodeCycles(node, schedules(node.cronExpress), taskType);
    });
  if (!input.window) return assemblePlan(planned, () => true);
  const [begin, end] = parseWindow(input.window);
  const timezone = input.timezone;
  return assemblePlan(planned, (entry, cycTime) => {
    if (!entry.isIntraday || entry.taskType === "SKIP_CYCLE") return true;
    const second = localSecondOfDay(cycTime, timezone);
    return second >= begin && second <= end;
  });
}

/**
 * Calls `visit` once per dependency between a parent's and a child's cycles of the same day; both
 * time lists ascending. One parent cycle: everyone waits for it. One child cycle: it waits for all.
 * Equal counts: cycle n waits for cycle n. Otherwise: the latest parent cycle not after the child's (or the first).
 */
export function matchCycles(
  parentTimes: readonly EpochMs[],
  childTimes: readonly EpochMs[],
  visit: (parentPosition: number, childPosition: number) => void,
): void {
  const parentCount = parentTimes.length;
  const childCount = childTimes.length;
  if (parentCount === 0 || childCount === 0) return;
  if (parentCount === 1) {
    for (let child = 0; child < childCount; child++) visit(0, child);
  } else if (childCount === 1) {
    for (let parent = 0; parent < parentCount; parent++) visit(parent, 0);
  } else if (parentCount === childCount) {
    for (let position = 0; position < childCount; position++) visit(position, position);
  } else {
    let parent = 0;
    for (let child = 0; child < childCount; child++) {
      const childTime = childTimes[child] as EpochMs;
      while (parent + 1 < parentCount && (parentTimes[parent + 1] as EpochMs) <= childTime) parent++;
      visit(parent, child);
    }
  }
}

/** Parses each distinct expression once per plan. */
function daySchedules(runDate: string, timezone: string): (cronExpress: string) => DaySchedule {
  const day = parseCalendarDay(runDate);
  const cache = new Map<string, DaySchedule>();
  return (cronExpress) => {
    let schedule = cache.get(cronExpress);
    if (schedule === undefined) {
      const spec = parseCron(cronExpress);
      const cycleType = cycleTypeOf(spec);
      schedule = {
        isCycleDay: isCronDay(spec, day),
        times: timesOfDay(spec, runDate, timezone),
        isIntraday: cycleType === "MINUTE" || cycleType === "HOUR",
      };
      cache.set(cronExpress, schedule);
    }
    return schedule;
  };
}

/**
 * Outside its cycle a node gets one SKIP_CYCLE instance at its first time of day, so that children run
 * (spec §2.2); frozen and dry-run nodes too, as they would not have run that day anyway.
 */
function nodeCycles(node: PlanNode, schedule: DaySchedule, taskType: TaskType): NodeCycles {
  if (schedule.isCycleDay) return { node, times: schedule.times, taskType, isIntraday: schedule.isIntraday };
  return { node, times: schedule.times.slice(0, 1), taskType: "SKIP_CYCLE", isIntraday: schedule.isIntraday };
}

const DROPPED = -1;

function assemblePlan(planned: NodeCycles[], isKept: (entry: NodeCycles, cycTime: EpochMs) => boolean): InstancePlan {
  const instances: PlannedInstance[] = [];
  // Per node, the plan index of each of its cycles, or DROPPED when a window left it out.
  const byId = new Map<bigint, { entry: NodeCycles; indexes: Int32Array }>();
  for (const entry of planned) {
    const { node, times, taskType } = entry;
    if (byId.has(node.id)) throw new RangeError(`Node ${node.id} appears twice in the plan input`);
    const indexes = new Int32Array(times.length);
    for (let position = 0; position < times.length; position++) {
      const cycTime = times[position] as EpochMs;
      if (isKept(entry, cycTime)) {
        indexes[position] = instances.length;
        instances.push({ nodeId: node.id, cycTime, inGroupId: position + 1, taskType });
      } else {
        indexes[position] = DROPPED;
      }
    }
    byId.set(node.id, { entry, indexes });
  }

  const edges: InstancePlan["edges"] = [];
  for (const child of byId.values()) {
    const childNode = child.entry.node;
    const parentIds = childNode.parentIds.length > 1 ? new Set(childNode.parentIds) : childNode.parentIds;
    for (const parentId of parentIds) {
      const parent = parentId === childNode.id ? undefined : byId.get(parentId);
      if (parent === undefined) continue;
      matchCycles(parent.entry.times, child.entry.times, (parentPosition, childPosition) => {
        const parentIndex = parent.indexes[parentPosition] as number;
        const childIndex = child.indexes[childPosition] as number;
        if (parentIndex !== DROPPED && childIndex !== DROPPED) edges.push({ parentIndex, childIndex });
      });
    }
  }
  return { instances, edges };
}

function parseWindow(window: PlanWindow): [number, number] {
  const begin = parseTimeOfDay(window.begin);
  const end = parseTimeOfDay(window.end);
  if (begin > end) throw new RangeError(`The window begins (${window.begin}) after it ends (${window.end})`);
  return [begin, end];
}

function parseTimeOfDay(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/.exec(text);
  if (!match) throw new RangeError(`Expected a time "HH:mm:ss" between 00:00:00 and 23:59:59, got "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
