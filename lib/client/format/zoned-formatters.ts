/**
 * Intl.DateTimeFormat instances for a time zone, made once and reused: creating one costs far more
 * than formatting with it, and a table of a hundred rows formats hundreds of times per render.
 */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

export function zonedFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" };

/** "2026-11-24 03:00:12" in an IANA zone (24-hour, sortable); the caller names the zone next to it. An unreadable instant is returned as given. */
export function formatZonedDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = zonedFormatter("en-CA", timeZone, DATE_TIME).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}
