import type { EpochMs, Id } from "../model/entities";
import type { ForecastModel } from "./predictions";

/**
 * The key path of a baseline instance (docs/monitoring.md, "Key path"): start at the baseline
 * instance's last-finishing instance (latest actual or predicted finish; ties → smaller ID), then
 * step to the parent that finished (or will finish) last, until an instance with no parents in the
 * graph, or one gated by its own cycle time (its cycle time is at or after every parent's finish).
 * Returned upstream first. The blocking instance is the most upstream one on the path that has not
 * succeeded: what the baseline is waiting for now (null once the whole path succeeded).
 */
export type KeyPath = {
  /** Instance IDs, root first, ending at the last instance. */
  path: Id[];
  lastInstanceId: Id | null;
  blockInstanceId: Id | null;
  /** EndCast of the last instance: the baseline instance's predicted (or actual) finish. */
  endCast: EpochMs | null;
};

export function findKeyPath(model: ForecastModel, baselineInstanceIds: readonly Id[]): KeyPath {
  const lastInstanceId = latestFinishing(model, baselineInstanceIds);
  if (lastInstanceId === null) return { path: [], lastInstanceId: null, blockInstanceId: null, endCast: null };
  const reversed: Id[] = [lastInstanceId];
  const seen = new Set<Id>(reversed);
  let current = lastInstanceId;
  for (;;) {
    const instance = model.instance(current);
    if (!instance) break;
    const latest = model.latestParent(instance);
    if (latest === null || latest.endCast <= instance.cycTime || seen.has(latest.id)) break;
    reversed.push(latest.id);
    seen.add(latest.id);
    current = latest.id;
  }
  const path = reversed.reverse();
  const blockInstanceId = path.find((id) => model.instance(id)?.status !== "SUCCESS") ?? null;
  return { path, lastInstanceId, blockInstanceId, endCast: model.forecast(lastInstanceId)?.endCast ?? null };
}

/** The instance with the latest (actual or predicted) finish; ties go to the smaller ID. */
export function latestFinishing(model: ForecastModel, ids: readonly Id[]): Id | null {
  let best: { id: Id; endCast: EpochMs } | null = null;
  for (const id of ids) {
    const forecast = model.forecast(id);
    if (!forecast) continue;
    if (!best || forecast.endCast > best.endCast || (forecast.endCast === best.endCast && id < best.id)) best = { id, endCast: forecast.endCast };
  }
  return best?.id ?? null;
}
