import { bizdateEpoch } from "../../../schedule/calendar";
import type { IsoTime } from "../../params";

/**
 * A request's `Bizdate` (yyyy-MM-dd'T'HH:mm:ssZ) names a calendar date: the date the text carries at
 * its own offset. Stored baseline instances keep the local midnight of that date in their workspace's zone.
 */
export function bizdateTextOf(bizdate: IsoTime): string {
  return bizdate.localDate;
}

export function bizdateEpochIn(bizdate: IsoTime, timezone: string): number {
  return bizdateEpoch(bizdate.localDate, timezone);
}
