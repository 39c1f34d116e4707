import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";

/** The `YYYY-MM-DDTHH:mm` a datetime-local input shows for an instant in a zone. */
export function toLocalInputValue(iso: string, timeZone: string): string {
  const text = formatZonedDateTime(iso, timeZone);
  return text === iso ? "" : text.slice(0, 16).replace(" ", "T");
}

/**
 * The instant of a `YYYY-MM-DDTHH:mm` wall-clock time in a zone, as ISO. Solved by correcting the
 * zone's offset twice, which also settles on a valid instant around daylight-saving changes.
 */
export function fromLocalInputValue(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wallAsUtc;
  for (let i = 0; i < 2; i += 1) {
    const shown = formatZonedDateTime(new Date(guess).toISOString(), timeZone);
    const shownAsUtc = Date.parse(shown.replace(" ", "T") + "Z");
    guess += wallAsUtc - shownAsUtc;
  }
  return new Date(guess).toISOString();
}
