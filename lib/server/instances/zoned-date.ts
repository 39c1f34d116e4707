/**
 * Calendar dates in a workspace's IANA zone. DataWorks writes a business date as the epoch ms of
 * its local midnight; the console carries it as `YYYY-MM-DD`. Pure (no "server-only"): the browser
 * uses the same rules through lib/client/instances/current-bizdate.ts.
 */

const DATE_FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = DATE_FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    DATE_FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

// A page of instances holds a handful of distinct business dates; formatToParts is the costly part.
const DATES_SEEN = new Map<string, string>();
const MAX_DATES_SEEN = 4_096;

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function dateInZone(epochMs: number, timeZone: string): string {
  const key = `${timeZone}|${epochMs}`;
  const seen = DATES_SEEN.get(key);
  if (seen !== undefined) return seen;
  const parts = dateFormatter(timeZone).formatToParts(new Date(epochMs));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const date = `${part("year")}-${part("month")}-${part("day")}`;
  if (DATES_SEEN.size >= MAX_DATES_SEEN) DATES_SEEN.clear();
  DATES_SEEN.set(key, date);
  return date;
}

/** `YYYY-MM-DD` plus whole days (negative to go back), across month and year ends. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return shifted.toISOString().slice(0, 10);
}

/** The business date DataWorks runs today: the day before today's date in the zone. */
export function currentBizdate(now: number, timeZone: string): string {
  return addDays(dateInZone(now, timeZone), -1);
}

/** The zone's UTC offset at an instant, as `+0800` / `-0330` (DataWorks' `yyyy-MM-dd'T'HH:mm:ssZ`). */
export function utcOffsetAt(epochMs: number, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(new Date(epochMs)).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(text);
  return match ? `${match[1]}${match[2]}${match[3]}` : "+0000";
}

/** The local midnight of a date in a zone, as DataWorks' ISO form with offset: `2024-05-26T00:00:00+0800`. */
export function toZonedMidnightText(date: string, timeZone: string): string {
  // The offset at noon UTC of that date is the date's offset except on a DST switch at midnight (rare, harmless here).
  const offset = utcOffsetAt(Date.parse(`${date}T12:00:00Z`), timeZone);
  return `${date}T00:00:00${offset}`;
}

/** Whether a text is a zone this runtime knows (GetProject may answer anything). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
