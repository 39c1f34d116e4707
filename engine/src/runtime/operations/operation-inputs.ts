import { z } from "zod";
import { parseCalendarDay } from "../../schedule/calendar";

function isCalendarDay(date: string): boolean {
  try {
    parseCalendarDay(date);
    return true;
  } catch {
    return false;
  }
}

/** A business date "yyyy-MM-dd"; DataWorks' "yyyy-MM-dd 00:00:00" form is accepted and shortened. */
export const ZBizdate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}( 00:00:00)?$/, "must be a date yyyy-MM-dd (a time part, if any, must be 00:00:00)")
  .transform((text) => text.slice(0, 10))
  .refine(isCalendarDay, "is not a calendar date");

/** A local time of day "HH:mm:ss" between 00:00:00 and 23:59:59. */
export const ZTimeOfDay = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, "must be a time HH:mm:ss between 00:00:00 and 23:59:59");

export const ZDagName = z.string().trim().min(1, "is required").max(128, "is longer than 128 characters");

export const ZNodeId = z.bigint().positive("must be a positive node ID");

/** Node parameters keyed by node ID (as decimal strings), each a "k=v k2=v2" list. */
export const ZNodeParamsByNode = z.record(z.string(), z.string());
