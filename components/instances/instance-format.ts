import { zonedFormatter } from "@/lib/client/format/zoned-formatters";

/** Display helpers for instance times and durations in the workspace's zone. Pure. */

const TIME: Intl.DateTimeFormatOptions = { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" };

function timeFormatter(timeZone: string): Intl.DateTimeFormat {
  return zonedFormatter("en-CA", timeZone, TIME);
}

/** "11-24 09:05:12" in the zone (the header of the column names the zone); "—" when not yet. `withSeconds: false` for dense tables. */
export function formatInstanceTime(iso: string | null, timeZone: string, options: { withSeconds?: boolean; omitDateOn?: string } = {}): string {
  if (iso === null) return "—";
  const parts = timeFormatter(timeZone).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const monthDay = `${part("month")}-${part("day")}`;
  // A dense table leaves out the date when it is the usual one (the run date); the tooltip has it all.
  const date = options.omitDateOn !== undefined && options.omitDateOn.slice(5) === monthDay ? "" : `${monthDay} `;
  const time = `${date}${part("hour")}:${part("minute")}`;
  return options.withSeconds === false ? time : `${time}:${part("second")}`;
}

/** The run date of a business date: the day after it, when its daily instances run. */
export function runDateOf(bizdate: string): string {
  const [year, month, day] = bizdate.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1)).toISOString().slice(0, 10);
}

/** The full instant for a tooltip: "2026-11-24 09:05:12 Asia/Shanghai". */
export function formatInstantWithZone(iso: string | null, timeZone: string): string {
  if (iso === null) return "—";
  const date = zonedFormatter("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
  return `${date} ${formatInstanceTime(iso, timeZone).slice(6)} ${timeZone}`;
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
