import { formatInstantWithZone } from "@/components/instances/instance-format";

/** "2026-11-24 06:10:00" in the zone, for places whose heading already names the zone; "—" when none. */
export function formatLocalInstant(iso: string | null, timeZone: string): string {
  const text = formatInstantWithZone(iso, timeZone);
  return text.endsWith(` ${timeZone}`) ? text.slice(0, -timeZone.length - 1) : text;
}
