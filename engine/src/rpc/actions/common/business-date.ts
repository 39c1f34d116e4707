import { z } from "zod";

const BUSINESS_DATE_EXPECTED = "expected a date as yyyy-MM-dd or yyyy-MM-dd HH:mm:ss";
const BUSINESS_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A business date where the spec states no format and its examples differ (GetInstanceStatusStatistic
 * `2020-01-01`, RunSmokeTest `2020-05-26 00:00:00`): either form, as the `YYYY-MM-DD` date.
 */
export const zBusinessDate = z.string({ error: BUSINESS_DATE_EXPECTED }).transform((text, context) => {
  const match = BUSINESS_DATE_PATTERN.exec(text);
  const [year, month, day, hour, minute, second] = (match?.slice(1) ?? []).map((part) => (part === undefined ? 0 : Number(part)));
  const isValid =
    match !== null && isRealDate(year ?? 0, month ?? 0, day ?? 0) && (hour ?? 0) <= 23 && (minute ?? 0) <= 59 && (second ?? 0) <= 59;
  if (!isValid) context.addIssue(BUSINESS_DATE_EXPECTED);
  return text.slice(0, 10);
});
