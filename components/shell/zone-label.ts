import { zonedFormatter } from "@/lib/client/format/zoned-formatters";

/**
 * "Asia/Shanghai (UTC+8)": an IANA zone with its current offset, as the top bar and every time
 * display label it. The offset is computed for a given instant because of daylight saving.
 */
export function formatZoneOffset(timeZone: string, at: Date): string {
  try {
    const part = zonedFormatter("en-US", timeZone, { timeZoneName: "shortOffset" })
      .formatToParts(at)
      .find((candidate) => candidate.type === "timeZoneName")?.value;
    if (!part) return "UTC";
    const offset = part.replace(/^GMT/, "");
    return offset === "" || offset === "+0" || offset === "-0" ? "UTC" : `UTC${offset}`;
  } catch {
    return "UTC";
  }
}

export function formatZoneLabel(timeZone: string, at: Date): string {
  return `${timeZone} (${formatZoneOffset(timeZone, at)})`;
}
