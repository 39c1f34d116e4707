import { bizdateEpoch } from "../../../schedule/calendar";

/** The date part of a `yyyy-MM-dd HH:mm:ss` parameter (the time of day does not matter for a business date). */
export function datePartOf(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/**
 * ListInstances' business-date filters as one inclusive range of bizdate epochs in the workspace's
 * zone: `Bizdate` selects one day, `BeginBizdate`/`EndBizdate` bound a range (both ends inclusive),
 * and together they intersect. `undefined` = no date filter; `null` = nothing can match.
 */
export function toBizdateRange(
  dates: { bizdate?: string; begin?: string; end?: string },
  timezone: string,
): { from: number; to: number } | undefined | null {
  const lower = [dates.bizdate, dates.begin].filter((date): date is string => date !== undefined).map(datePartOf).sort().at(-1);
  const upper = [dates.bizdate, dates.end].filter((date): date is string => date !== undefined).map(datePartOf).sort().at(0);
  if (lower === undefined && upper === undefined) return undefined;
  if (lower !== undefined && upper !== undefined && lower > upper) return null;
  return {
    from: lower === undefined ? Number.MIN_SAFE_INTEGER : bizdateEpoch(lower, timezone),
    to: upper === undefined ? Number.MAX_SAFE_INTEGER : bizdateEpoch(upper, timezone),
  };
}

/** Node IDs the listing may include: the NodeId parameter and the node-attribute matches, intersected. */
export function intersectNodeIds(nodeId: bigint | undefined, attributeMatches: readonly bigint[] | undefined): bigint[] | undefined {
  if (nodeId === undefined) return attributeMatches === undefined ? undefined : [...attributeMatches];
  if (attributeMatches === undefined) return [nodeId];
  return attributeMatches.includes(nodeId) ? [nodeId] : [];
}
