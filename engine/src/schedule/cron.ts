import type { CycleType } from "../model/entities";

/** The six fields of a DataWorks (Quartz-style) cron expression, plus the whole expression. */
export type CronField = "second" | "minute" | "hour" | "dayOfMonth" | "month" | "dayOfWeek" | "expression";

/** A parsed cron expression. Value lists are ascending and free of duplicates. */
export type CronSpec = {
  /** The expression as given, trimmed. */
  expression: string;
  second: number;
  minutes: readonly number[];
  hours: readonly number[];
  /** Days 1–31; every day when the field is unrestricted. */
  daysOfMonth: readonly number[];
  /** `L`: the last day of each month (in addition to `daysOfMonth`). */
  isLastDayOfMonth: boolean;
  months: readonly number[];
  /** Quartz numbering: 1 = Sunday … 7 = Saturday; every weekday when the field is unrestricted. */
  daysOfWeek: readonly number[];
  isDayOfMonthRestricted: boolean;
  isDayOfWeekRestricted: boolean;
};

export class CronSyntaxError extends Error {
  constructor(
    readonly field: CronField,
    detail: string,
  ) {
    super(field === "expression" ? `expression: ${detail}` : `${field} field: ${detail}`);
    this.name = "CronSyntaxError";
  }
}

export const MAX_CRON_LENGTH = 256;
export const MAX_CRON_LIST_ITEMS = 100;

type FieldRule = {
  field: CronField;
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
  isQuestionAllowed?: boolean;
  isLastAllowed?: boolean;
};

const MONTH_NAMES = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const WEEKDAY_NAMES = { SUN: 1, MON: 2, TUE: 3, WED: 4, THU: 5, FRI: 6, SAT: 7 };

const MINUTE_RULE: FieldRule = { field: "minute", min: 0, max: 59 };
const HOUR_RULE: FieldRule = { field: "hour", min: 0, max: 23 };
const DAY_OF_MONTH_RULE: FieldRule = { field: "dayOfMonth", min: 1, max: 31, isQuestionAllowed: true, isLastAllowed: true };
const MONTH_RULE: FieldRule = { field: "month", min: 1, max: 12, names: MONTH_NAMES };
const DAY_OF_WEEK_RULE: FieldRule = { field: "dayOfWeek", min: 1, max: 7, names: WEEKDAY_NAMES, isQuestionAllowed: true };

type ParsedField = { values: number[]; hasLast: boolean; isUnrestricted: boolean; text: string };

/**
 * Parses DataWorks' `sec min hour dayOfMonth month dayOfWeek` form, e.g. `00 30 00 * * ?` (daily 00:30).
 * Throws CronSyntaxError naming the offending field. Beyond strict Quartz, `*` is accepted in both
 * day fields (every day), and `*` next to a restricted day field defers to the restricted one.
 */
export function parseCron(expression: string): CronSpec {
  if (expression.length > MAX_CRON_LENGTH) {
    throw new CronSyntaxError("expression", `at most ${MAX_CRON_LENGTH} characters, got ${expression.length}`);
  }
  const trimmed = expression.trim();
  const fields = trimmed === "" ? [] : trimmed.split(/\s+/);
  if (fields.length !== 6) {
    throw new CronSyntaxError("expression", `expected 6 fields (sec min hour day month weekday), got ${fields.length}`);
  }
  const [secondText, minuteText, hourText, dayOfMonthText, monthText, dayOfWeekText] = fields as [string, string, string, string, string, string];

  const second = parseSecond(secondText);
  const minutes = parseField(minuteText, MINUTE_RULE);
  const hours = parseField(hourText, HOUR_RULE);
  const daysOfMonth = parseField(dayOfMonthText, DAY_OF_MONTH_RULE);
  const months = parseField(monthText, MONTH_RULE);
  const daysOfWeek = parseField(dayOfWeekText, DAY_OF_WEEK_RULE);

  const isDayOfMonthRestricted = !daysOfMonth.isUnrestricted;
  const isDayOfWeekRestricted = !daysOfWeek.isUnrestricted;
  if (isDayOfMonthRestricted && isDayOfWeekRestricted) {
    throw new CronSyntaxError(
      "dayOfWeek",
      `one of dayOfMonth and dayOfWeek must be ?, got "${daysOfMonth.text}" and "${daysOfWeek.text}"`,
    );
  }
  return {
    expression: trimmed,
    second,
    minutes: minutes.values,
    hours: hours.values,
    daysOfMonth: daysOfMonth.values,
    isLastDayOfMonth: daysOfMonth.hasLast,
    months: months.values,
    daysOfWeek: daysOfWeek.values,
    isDayOfMonthRestricted,
    isDayOfWeekRestricted,
  };
}

/** The scheduling cycle DataWorks would show for this expression (several per hour → MINUTE, …). */
export function cycleTypeOf(spec: CronSpec): CycleType {
  if (spec.minutes.length > 1) return "MINUTE";
  if (spec.hours.length > 1) return "HOUR";
  if (spec.isDayOfWeekRestricted) return "WEEK";
  if (spec.isDayOfMonthRestricted) return spec.months.length < 12 ? "YEAR" : "MONTH";
  return "DAY";
}

/** Whether the calendar day (month 1–12) is one on which the expression runs at all. */
export function isCronDay(spec: CronSpec, date: { year: number; month: number; day: number }): boolean {
  if (!spec.months.includes(date.month)) return false;
  if (spec.isDayOfMonthRestricted) {
    const isLastDay = date.day === daysInMonth(date.year, date.month);
    if (!spec.daysOfMonth.includes(date.day) && !(spec.isLastDayOfMonth && isLastDay)) return false;
  }
  if (spec.isDayOfWeekRestricted) {
    const quartzWeekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 1;
    if (!spec.daysOfWeek.includes(quartzWeekday)) return false;
  }
  return true;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseSecond(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new CronSyntaxError("second", `DataWorks schedules at most once a minute, so seconds must be one number such as 00, got "${text}"`);
  }
  return parseValue(text, { field: "second", min: 0, max: 59 });
}

function parseField(text: string, rule: FieldRule): ParsedField {
  const items = text.split(",");
  if (items.length > MAX_CRON_LIST_ITEMS) {
    throw new CronSyntaxError(rule.field, `at most ${MAX_CRON_LIST_ITEMS} list items, got ${items.length}`);
  }
  if (text === "?") {
    if (!rule.isQuestionAllowed) throw new CronSyntaxError(rule.field, `? is allowed only in dayOfMonth and dayOfWeek`);
    return { values: fullRange(rule), hasLast: false, isUnrestricted: true, text };
  }
  const values = new Set<number>();
  let hasLast = false;
  for (const item of items) {
    if (item === "L" && rule.isLastAllowed) {
      hasLast = true;
      continue;
    }
    for (const value of parseItem(item, rule)) values.add(value);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const isUnrestricted = !hasLast && sorted.length === rule.max - rule.min + 1;
  return { values: sorted, hasLast, isUnrestricted, text };
}

/** One list item: `*`, `n`, `a-b`, and any of these followed by `/step` (`0/5` means from 0 on). */
function parseItem(item: string, rule: FieldRule): number[] {
  if (item === "") throw new CronSyntaxError(rule.field, `empty list item`);
  if (item === "?") throw new CronSyntaxError(rule.field, `? must stand alone`);
  const [rangeText = "", stepText, extra] = item.split("/");
  if (extra !== undefined) throw new CronSyntaxError(rule.field, `"${item}" has more than one /`);
  const step = stepText === undefined ? 1 : parseStep(stepText, rule);

  let start: number;
  let end: number;
  if (rangeText === "*") {
    start = rule.min;
    end = rule.max;
  } else {
    const [startText = "", endText, extraEnd] = rangeText.split("-");
    if (extraEnd !== undefined) throw new CronSyntaxError(rule.field, `"${item}" is not a range a-b`);
    start = parseValue(startText, rule);
    end = endText !== undefined ? parseValue(endText, rule) : stepText !== undefined ? rule.max : start;
  }
  return walkRange(start, end, step, rule);
}

/** Ranges may wrap around (`SAT-MON`, `22-02`), as in Quartz. */
function walkRange(start: number, end: number, step: number, rule: FieldRule): number[] {
  const size = rule.max - rule.min + 1;
  const length = (end - start + size) % size;
  const values: number[] = [];
  for (let offset = 0; offset <= length; offset += step) {
    values.push(((start - rule.min + offset) % size) + rule.min);
  }
  return values;
}

function parseStep(text: string, rule: FieldRule): number {
  if (!/^\d+$/.test(text)) throw new CronSyntaxError(rule.field, `step "${text}" is not a number`);
  const step = Number(text);
  if (step < 1) throw new CronSyntaxError(rule.field, `step ${text} must be at least 1`);
  return step;
}

function parseValue(text: string, rule: FieldRule): number {
  const named = rule.names?.[text.toUpperCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) {
    const names = rule.names ? ` or a name ${Object.keys(rule.names)[0]}–${Object.keys(rule.names).at(-1)}` : "";
    throw new CronSyntaxError(rule.field, `"${text}" is not a number ${rule.min}–${rule.max}${names}`);
  }
  const value = Number(text);
  if (value < rule.min || value > rule.max) {
    throw new CronSyntaxError(rule.field, `${text} is out of range ${rule.min}–${rule.max}`);
  }
  return value;
}

function fullRange(rule: FieldRule): number[] {
  return Array.from({ length: rule.max - rule.min + 1 }, (_, index) => rule.min + index);
}
