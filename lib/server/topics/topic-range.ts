import { addDays, dateInZone, toZonedMidnightText } from "@/lib/server/instances/zoned-date";

/**
 * The date range of a list (events, alert messages) in the workspace's zone: both ends included,
 * `defaultDays` ending today when not given, never longer than `maxDays` (the start moves up).
 * Answers the dates and DataWorks' BeginTime / EndTime texts (local midnights). Pure.
 */
export function toDayRange(input: { from?: string; to?: string; now: number; timezone: string; defaultDays: number; maxDays: number }) {
  const today = dateInZone(input.now, input.timezone);
  const to = input.to ?? today;
  let from = input.from ?? addDays(to, -(input.defaultDays - 1));
  if (from < addDays(to, -(input.maxDays - 1))) from = addDays(to, -(input.maxDays - 1));
  return { from, to, beginTime: toZonedMidnightText(from, input.timezone), endTime: toZonedMidnightText(addDays(to, 1), input.timezone) };
}
