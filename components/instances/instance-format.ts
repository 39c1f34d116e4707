import { zonedFormatter } from "@/lib/client/format/zoned-formatters";

/** Display helpers for instance times and durations in the workspace's zone. Pure. */

const DATE_TIME: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" };

type TZonedParts = { date: string; monthDay: string; hourMinute: string; second: string };

/**
 * The wall-clock parts of an instant in a zone, remembered: a table row shows three times and
 * their tooltips, and a scroll or the next page brings rows whose times repeat (the same cycle
 * times every day), so each instant is split by Intl once rather than six times per row.
 */
const PARTS_CACHE = new Map<string, TZonedParts>();
const PARTS_CACHE_LIMIT = 5_000;

function zonedParts(iso: string, timeZone: string): TZonedParts {
  const key = `${timeZone}|${iso}`;
  const known = PARTS_CACHE.get(key);
  if (known) return known;
  const parts = zonedFormatter("en-CA", timeZone, DATE_TIME).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const monthDay = `${part("month")}-${part("day")}`;
  const split = { date: `${part("year")}-${monthDay}`, monthDay, hourMinute: `${part("hour")}:${part("minute")}`, second: part("second") };
  if (PARTS_CACHE.size >= PARTS_CACHE_LIMIT) PARTS_CACHE.clear();
  PARTS_CACHE.set(key, split);
  return split;
}

/** "11-24 09:05:12" in the zone (the header of the column names the zone); "—" when not yet. `withSeconds: false` for dense tables. */
export function formatInstanceTime(iso: string | null, timeZone: string, options: { withSeconds?: boolean; omitDateOn?: string } = {}): string {
  if (iso === null) return "—";
  const parts = zonedParts(iso, timeZone);
  // A dense table leaves out the date when it is the usual one (the run date); the tooltip has it all.
  const date = options.omitDateOn === parts.date ? "" : `${parts.monthDay} `;
  const time = `${date}${parts.hourMinute}`;
  return options.withSeconds === false ? time : `${time}:${parts.second}`;
}

/** The run date of a business date: the day after it, when its daily instances run. */
export function runDateOf(bizdate: string): string {
  const [year, month, day] = bizdate.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1)).toISOString().slice(0, 10);
}

/** The full instant for a tooltip: "2026-11-24 09:05:12 Asia/Shanghai". */
export function formatInstantWithZone(iso: string | null, timeZone: string): string {
  if (iso === null) return "—";
  const parts = zonedParts(iso, timeZone);
  return `${parts.date} ${parts.hourMinute}:${parts.second} ${timeZone}`;
}

/** "42 s", "12 min 5 s", "3 h 5 min", "2 d 4 h"; "—" for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
