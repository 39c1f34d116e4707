/** Wall-clock formatting in the workspace's zone for the baselines pages. Pure. */

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let existing = FORMATTERS.get(timeZone);
  if (!existing) {
    existing = new Intl.DateTimeFormat("en-CA", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    FORMATTERS.set(timeZone, existing);
  }
  return existing;
}

/** "05:42" in the zone; "—" for none. */
export function formatClock(iso: string | null, timeZone: string): string {
  if (iso === null) return "—";
  return formatter(timeZone).format(new Date(iso));
}

/** "18 min", "1 h 5 min", "2 h" (rounded to the minute, never negative: say before/after in words). */
export function formatMinutes(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** A buffer in seconds for a table cell: "+18 min", "−5 min", "—". */
export function formatBuffer(seconds: number | null): string {
  if (seconds === null) return "—";
  if (Math.round(Math.abs(seconds) / 60) === 0) return "0 min";
  const sign = seconds < 0 ? "−" : "+";
  return `${sign}${formatMinutes(seconds * 1000)}`;
}
