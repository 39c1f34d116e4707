import { z } from "zod";

/**
 * Zod schemas for RPC parameters, which always arrive as strings. Every message says what was
 * expected; the gateway answers it as InvalidParameter naming the parameter. Date and time schemas
 * return the validated text (its zone is the workspace's, which only the action knows), except
 * zIsoTime, whose text carries an offset and so is parsed to an instant.
 */

const LONG_MAX = 2n ** 63n - 1n;

function expectString(expected: string) {
  return z.string({ error: expected });
}

function parseLong(text: string): bigint | null {
  if (!/^\d{1,19}$/.test(text)) return null;
  const value = BigInt(text);
  return value <= LONG_MAX ? value : null;
}

const LONG_EXPECTED = "expected a 64-bit integer";

/** A DataWorks `Long` (IDs): decimal digits, at most 2^63 − 1, as a bigint. */
export const zLong = expectString(LONG_EXPECTED).transform((text, context) => {
  const value = parseLong(text);
  if (value === null) context.addIssue(LONG_EXPECTED);
  return value ?? 0n;
});

/** An `Integer` within [min, max], as a number. */
export function zInt(min: number, max: number) {
  const expected = `expected an integer from ${min} to ${max}`;
  return expectString(expected).transform((text, context) => {
    const value = /^-?\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= min && value <= max)) context.addIssue(expected);
    return value;
  });
}

const BOOLEAN_EXPECTED = "expected true or false";

/** `true` / `false` (any case), as a boolean. */
export const zBool = expectString(BOOLEAN_EXPECTED).transform((text, context) => {
  const lower = text.toLowerCase();
  if (lower !== "true" && lower !== "false") context.addIssue(BOOLEAN_EXPECTED);
  return lower === "true";
});

/** `ProjectEnv`: PROD (the default) or DEV. */
export const zProjectEnv = z.enum(["PROD", "DEV"], { error: "expected PROD or DEV" }).default("PROD");

/**
 * `PageNumber`: ≥ 1 (up to Java's Integer.MAX_VALUE), default 1, as §1.4 states it generally. APIs
 * whose tables cap it at 100 (ListNodes, ListInstances) use `zInt(1, 100).default(1)` instead.
 */
export const zPageNumber = zInt(1, 2_147_483_647).default(1);

/** `PageSize`: 1–100, default 10. */
export const zPageSize = zInt(1, 100).default(10);

const ID_LIST_EXPECTED = "expected comma-separated 64-bit integers";

/** Comma-separated Longs (`1,2,3`; spaces around items allowed), as bigints. */
export const zIdList = expectString(ID_LIST_EXPECTED).transform((text, context) => {
  const ids = text.split(",").map((item) => parseLong(item.trim()));
  if (ids.some((id) => id === null)) context.addIssue(ID_LIST_EXPECTED);
  return ids.filter((id): id is bigint => id !== null);
});

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isTimeOfDay(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `yyyy-MM-dd HH:mm:ss` (e.g. ListInstances' Bizdate), as the validated text. `midnightOnly`: the time must be 00:00:00. */
export function zDateTime(options: { midnightOnly?: boolean } = {}) {
  const expected = options.midnightOnly ? "expected a date as yyyy-MM-dd 00:00:00" : "expected a date-time as yyyy-MM-dd HH:mm:ss";
  return expectString(expected).refine((text) => {
    const parts = DATE_TIME_PATTERN.exec(text)?.slice(1).map(Number);
    if (!parts) return false;
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
    if (options.midnightOnly && hour + minute + second !== 0) return false;
    return isCalendarDate(year, month, day) && isTimeOfDay(hour, minute, second);
  }, expected);
}

const DATE_EXPECTED = "expected a date as yyyy-MM-dd";

/** `yyyy-MM-dd`, as the validated text. */
export const zDate = expectString(DATE_EXPECTED).refine((text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}, DATE_EXPECTED);

const TIME_OF_DAY_EXPECTED = "expected a time of day as HH:mm:ss from 00:00:00 to 23:59:59";

/** `HH:mm:ss` (RunCycleDagNodes' BizBeginTime), as the validated text. */
export const zTimeOfDay = expectString(TIME_OF_DAY_EXPECTED).refine((text) => {
  const match = /^(\d{2}):(\d{2}):(\d{2})$/.exec(text);
  return match !== null && isTimeOfDay(Number(match[1]), Number(match[2]), Number(match[3]));
}, TIME_OF_DAY_EXPECTED);

/** An instant written with its offset, and the local calendar date at that offset. */
export type IsoTime = { text: string; epochMs: number; offsetMinutes: number; localDate: string };

const ISO_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:?\d{2})$/;
const ISO_TIME_EXPECTED = "expected a time as yyyy-MM-dd'T'HH:mm:ssZ, e.g. 2021-06-13T00:00:00+0800";

function parseOffsetMinutes(zone: string): number | null {
  if (zone === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 18 || minutes > 59) return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/** `yyyy-MM-dd'T'HH:mm:ssZ` with `Z`, `+0800` or `+08:00` (ListInstanceAmount), parsed to an {@link IsoTime}. */
export const zIsoTime = expectString(ISO_TIME_EXPECTED).transform((text, context): IsoTime => {
  const match = ISO_TIME_PATTERN.exec(text);
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match?.slice(1, 7).map(Number) ?? [];
  const offsetMinutes = match?.[7] === undefined ? null : parseOffsetMinutes(match[7]);
  if (!match || offsetMinutes === null || !isCalendarDate(year, month, day) || !isTimeOfDay(hour, minute, second)) {
    context.addIssue(ISO_TIME_EXPECTED);
    return { text, epochMs: Number.NaN, offsetMinutes: 0, localDate: "" };
  }
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { text, epochMs, offsetMinutes, localDate: text.slice(0, 10) };
});

const EPOCH_MILLIS_EXPECTED = "expected epoch milliseconds (a non-negative integer)";

/** A `Long` timestamp in epoch milliseconds (RunTriggerNode's CycleTime), as a number. */
export const zEpochMillis = expectString(EPOCH_MILLIS_EXPECTED).transform((text, context) => {
  const value = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value <= 8_640_000_000_000_000)) context.addIssue(EPOCH_MILLIS_EXPECTED);
  return value;
});

/** Free text of bounded length (names, descriptions, keywords). */
export function zText(options: { min?: number; max: number }) {
  const min = options.min ?? 1;
  const expected = `expected text of ${min} to ${options.max} characters`;
  return expectString(expected).min(min, expected).max(options.max, expected);
}

const JSON_EXPECTED = "expected a JSON string";

/** A parameter carrying JSON text, parsed; with `shape`, the parsed value must also match it. */
export function zJsonString(): z.ZodType<unknown, string>;
export function zJsonString<Shape extends z.ZodType>(shape: Shape): z.ZodType<z.output<Shape>, string>;
export function zJsonString(shape?: z.ZodType): z.ZodType<unknown, string> {
  const parsed = expectString(JSON_EXPECTED).transform((text, context): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      context.addIssue(JSON_EXPECTED);
      return z.NEVER;
    }
  });
  return shape ? parsed.pipe(shape) : parsed;
}
