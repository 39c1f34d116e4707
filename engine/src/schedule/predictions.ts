import type { EpochMs, Id } from "../model/entities";
import { ACTIVE_STATUSES, type InstanceStatus } from "../model/status";

/**
 * Predicted begin and end (BeginCast / EndCast) of every instance of an instance graph, from its
 * parents' actual or predicted finish, its own cycle time and its node's usual run time. The rules
 * (docs/monitoring.md, "Baselines and predictions"):
 *
 * - SUCCESS: the actual times (BeginCast = run start, or the finish when it never ran).
 * - RUNNING / CHECKING…: BeginCast = run start; EndCast = start + usual duration, but never before now.
 * - FAILURE: as if rerun now: BeginCast = now, EndCast = now + usual duration.
 * - waiting: BeginCast = the latest of its cycle time, its parents' EndCast and now; EndCast = BeginCast + duration.
 *
 * The model is incremental: `update` recomputes one instance and only the descendants whose
 * predictions change; `advance` moves `now` for the instances whose prediction depends on it.
 */

export type ForecastInstance = {
  id: Id;
  /** Parents outside the graph are ignored (they are not part of what is predicted). */
  parentIds: readonly Id[];
  cycTime: EpochMs;
  status: InstanceStatus;
  beginRunningTime: EpochMs | null;
  finishTime: EpochMs | null;
  /** The node's usual run time (average of its last successful runs), in ms. */
  expectedDurationMs: number;
};

/** What decided when an instance (is predicted to) start. */
export type ForecastGate = "STARTED" | "CYCLE_TIME" | "PARENT" | "NOW";

export type Forecast = {
  beginCast: EpochMs;
  endCast: EpochMs;
  gate: ForecastGate;
  /** With gate PARENT: the parent whose (predicted) finish it waits for. */
  gateParentId: Id | null;
  /** Whether the prediction moves with the clock (overdue, failed, or ready but not started). */
  dependsOnNow: boolean;
};

function isActive(status: InstanceStatus): boolean {
  return ACTIVE_STATUSES.has(status);
}

export class ForecastModel {
  private readonly instances = new Map<Id, ForecastInstance>();
  private readonly children = new Map<Id, Id[]>();
  private readonly order = new Map<Id, number>();
  private readonly forecasts = new Map<Id, Forecast>();
  private currentNow: EpochMs;

  constructor(instances: readonly ForecastInstance[], now: EpochMs) {
    this.currentNow = now;
    for (const instance of instances) this.instances.set(instance.id, instance);
    for (const instance of instances) {
      for (const parentId of instance.parentIds) {
        if (!this.instances.has(parentId)) continue;
        const list = this.children.get(parentId);
        if (list) list.push(instance.id);
        else this.children.set(parentId, [instance.id]);
      }
    }
    const sorted = topologicalOrder(instances, this.instances, this.children);
    sorted.forEach((id, index) => this.order.set(id, index));
    for (const id of sorted) this.forecasts.set(id, this.compute(id));
  }

  get now(): EpochMs {
    return this.currentNow;
  }

  get size(): number {
    return this.instances.size;
  }

  has(id: Id): boolean {
    return this.instances.has(id);
  }

  instance(id: Id): ForecastInstance | undefined {
    return this.instances.get(id);
  }

  forecast(id: Id): Forecast | undefined {
    return this.forecasts.get(id);
  }

  /** Parents inside the graph. */
  parentsOf(id: Id): Id[] {
    return (this.instances.get(id)?.parentIds ?? []).filter((parentId) => this.instances.has(parentId));
  }

  childrenOf(id: Id): readonly Id[] {
    return this.children.get(id) ?? [];
  }

  /** Replaces the facts of one instance of the graph (same parents) and propagates. Returns the IDs whose forecast changed. */
  update(instance: ForecastInstance, now: EpochMs): Id[] {
    if (!this.instances.has(instance.id)) return [];
    this.currentNow = Math.max(this.currentNow, now);
    const previous = this.instances.get(instance.id);
    this.instances.set(instance.id, { ...instance, parentIds: previous?.parentIds ?? instance.parentIds });
    return this.propagate([instance.id]);
  }

  /** Moves the clock: re-predicts the instances whose forecast depends on now, and their descendants. */
  advance(now: EpochMs): Id[] {
    if (now <= this.currentNow) return [];
    this.currentNow = now;
    const seeds = [...this.forecasts].filter(([, forecast]) => forecast.dependsOnNow || forecast.beginCast < now).map(([id]) => id);
    return this.propagate(seeds.filter((id) => this.instances.get(id)?.status !== "SUCCESS"));
  }

  private propagate(seeds: readonly Id[]): Id[] {
    const changed: Id[] = [];
    const heap = new MinHeap();
    const queued = new Set<Id>();
    const push = (id: Id) => {
      if (queued.has(id)) return;
      queued.add(id);
      heap.push(this.order.get(id) ?? 0, id);
    };
    seeds.forEach(push);
    for (let next = heap.pop(); next !== undefined; next = heap.pop()) {
      const before = this.forecasts.get(next);
      const after = this.compute(next);
      this.forecasts.set(next, after);
      if (before && before.beginCast === after.beginCast && before.endCast === after.endCast && before.gate === after.gate) continue;
      changed.push(next);
      if (before?.endCast !== after.endCast) for (const child of this.childrenOf(next)) push(child);
    }
    return changed;
  }

  /** The parent in the graph with the latest (actual or predicted) finish; ties go to the smaller ID. */
  latestParent(instance: Pick<ForecastInstance, "parentIds">): { id: Id; endCast: EpochMs } | null {
    let latest: { id: Id; endCast: EpochMs } | null = null;
    for (const parentId of instance.parentIds) {
      const parent = this.instances.has(parentId) ? this.forecasts.get(parentId) : undefined;
      if (!parent) continue;
      if (!latest || parent.endCast > latest.endCast || (parent.endCast === latest.endCast && parentId < latest.id)) {
        latest = { id: parentId, endCast: parent.endCast };
      }
    }
    return latest;
  }

  private compute(id: Id): Forecast {
    const instance = this.instances.get(id);
    if (!instance) throw new Error(`forecast: unknown instance ${String(id)}`);
    const now = this.currentNow;
    const duration = Math.max(0, instance.expectedDurationMs);
    if (instance.status === "SUCCESS") {
      const end = instance.finishTime ?? instance.beginRunningTime ?? now;
      return { beginCast: instance.beginRunningTime ?? end, endCast: end, gate: "STARTED", gateParentId: null, dependsOnNow: false };
    }
    if (isActive(instance.status)) {
      const begin = instance.beginRunningTime ?? now;
      const expectedEnd = begin + duration;
      return { beginCast: begin, endCast: Math.max(expectedEnd, now), gate: "STARTED", gateParentId: null, dependsOnNow: expectedEnd <= now };
    }
    if (instance.status === "FAILURE") {
      return { beginCast: now, endCast: now + duration, gate: "NOW", gateParentId: null, dependsOnNow: true };
    }
    const latest = this.latestParent(instance);
    const isParentGated = latest !== null && latest.endCast > instance.cycTime;
    const begin = isParentGated ? latest.endCast : instance.cycTime;
    const gate: ForecastGate = isParentGated ? "PARENT" : "CYCLE_TIME";
    const gateParentId = isParentGated ? latest.id : null;
    if (now > begin) return { beginCast: now, endCast: now + duration, gate: "NOW", gateParentId, dependsOnNow: true };
    return { beginCast: begin, endCast: begin + duration, gate, gateParentId, dependsOnNow: false };
  }
}

/** Predictions from scratch (the model's constructor); a convenience for one-off answers. */
export function computeForecasts(instances: readonly ForecastInstance[], now: EpochMs): ForecastModel {
  return new ForecastModel(instances, now);
}

/**
 * Average run time of the last `limit` successful runs (most recent first in `durationsMs`), or
 * `fallbackMs` when there are none. DataWorks uses ten days of history; see RECENT_RUNS.
 */
export function averageDuration(durationsMs: readonly number[], limit: number, fallbackMs: number): number {
  const recent = durationsMs.filter((value) => Number.isFinite(value) && value >= 0).slice(0, limit);
  if (recent.length === 0) return fallbackMs;
  return Math.round(recent.reduce((sum, value) => sum + value, 0) / recent.length);
}

/** Kahn's algorithm; instances on a cycle (which a valid graph never has) are appended in input order. */
function topologicalOrder(instances: readonly ForecastInstance[], byId: ReadonlyMap<Id, ForecastInstance>, children: ReadonlyMap<Id, Id[]>): Id[] {
  const indegree = new Map<Id, number>();
  for (const instance of instances) indegree.set(instance.id, instance.parentIds.filter((parentId) => byId.has(parentId)).length);
  const ready = instances.filter((instance) => indegree.get(instance.id) === 0).map((instance) => instance.id);
  const order: Id[] = [];
  for (let index = 0; index < ready.length; index += 1) {
    const id = ready[index] as Id;
    order.push(id);
    for (const child of children.get(id) ?? []) {
      const left = (indegree.get(child) ?? 0) - 1;
      indegree.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  if (order.length < instances.length) {
    const placed = new Set(order);
    for (const instance of instances) if (!placed.has(instance.id)) order.push(instance.id);
  }
  return order;
}

/** A binary min-heap of (key, id), for processing instances in topological order. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly ids: Id[] = [];

  push(key: number, id: Id): void {
    this.keys.push(key);
    this.ids.push(id);
    let index = this.keys.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  pop(): Id | undefined {
    if (this.keys.length === 0) return undefined;
    const top = this.ids[0];
    const lastKey = this.keys.pop() as number;
    const lastId = this.ids.pop() as Id;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.ids[0] = lastId;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < this.keys.length && (this.keys[left] as number) < (this.keys[smallest] as number)) smallest = left;
        if (right < this.keys.length && (this.keys[right] as number) < (this.keys[smallest] as number)) smallest = right;
        if (smallest === index) break;
        this.swap(index, smallest);
        index = smallest;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
    [this.ids[a], this.ids[b]] = [this.ids[b] as Id, this.ids[a] as Id];
  }
}
