import { DateTime } from "luxon";

/**
 * The tenant APIs' time strings (`GmtCreate`, `CreateTime`, …), e.g. `Dec 3, 2019 9:12:20 PM`,
 * written in the workspace's time zone (the spec gives none).
 */
export function formatConsoleTime(epochMs: number, timezone: string): string {
  return DateTime.fromMillis(epochMs, { zone: timezone, locale: "en-US" }).toFormat("MMM d, yyyy h:mm:ss a");
}
