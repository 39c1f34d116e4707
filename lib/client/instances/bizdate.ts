/**
 * Business dates in the browser, in the workspace's zone (the server has the same rules in
 * lib/server/instances/zoned-date.ts). Pure.
 */
import { zonedFormatter } from "@/lib/client/format/zoned-formatters";

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function dateInZone(epochMs: number, timeZone: string): string {
  const parts = zonedFormatter("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(epochMs));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** DataWorks runs the business date before today's date in the workspace's zone. */
export function currentBizdate(now: number, timeZone: string): string {
  return addDays(dateInZone(now, timeZone), -1);
}
