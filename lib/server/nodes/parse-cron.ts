import type { TCronSchedule, TCycleType } from "@/lib/contracts/nodes";

/**
 * Reads a DataWorks cron expression (`sec min hour dayOfMonth month dayOfWeek`, Quartz style:
 * `*`, `?`, lists, ranges, `a/n` and `a-b/n` steps, `L` for the last day, month and weekday names)
 * into its parts. Pure; a malformed expression is answered with the problem, never thrown.
 */

type FieldRule = { name: string; min: number; max: number; names?: Record<string, number> };

const MONTH_NAMES: Record<string, number> = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const WEEKDAY_NAMES: Record<string, number> = { SUN: 1, MON: 2, TUE: 3, WED: 4, THU: 5, FRI: 6, SAT: 7 };

const RULES = {
  second: { name: "second", min: 0, max: 59 },
  minute: { name: "minute", min: 0, max: 59 },
  hour: { name: "hour", min: 0, max: 23 },
  dayOfMonth: { name: "day of month", min: 1, max: 31 },
  month: { name: "month", min: 1, max: 12, names: MONTH_NAMES },
  dayOfWeek: { name: "weekday", min: 1, max: 7, names: WEEKDAY_NAMES },
} satisfies Record<string, FieldRule>;

class CronProblem extends Error {}

type Field = { values: number[]; isEvery: boolean; hasLast: boolean };

function readNumber(text: string, rule: FieldRule): number {
  const named = rule.names?.[text.toUpperCase()];
  const value = named ?? (/^\d{1,2}$/.test(text) ? Number(text) : NaN);
  if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
    throw new CronProblem(`${rule.name}: "${text}" is not between ${rule.min} and ${rule.max}`);
  }
  return value;
}

function readField(text: string, rule: FieldRule, options: { allowQuestion?: boolean; allowLast?: boolean } = {}): Field {
  if (text === "*" || (options.allowQuestion && text === "?")) {
    return { values: range(rule.min, rule.max, 1), isEvery: true, hasLast: false };
  }
  const values = new Set<number>();
  let hasLast = false;
  for (const part of text.split(",")) {
    if (options.allowLast && part.toUpperCase() === "L") {
      hasLast = true;
      continue;
    }
    const [span = "", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new CronProblem(`${rule.name}: step "${stepText}" is not a positive number`);
    let first: number;
    let last: number;
    if (span === "*") {
      first = rule.min;
      last = rule.max;
    } else if (span.includes("-")) {
      const [from = "", to = ""] = span.split("-");
      first = readNumber(from, rule);
      last = readNumber(to, rule);
      if (last < first) throw new CronProblem(`${rule.name}: range "${span}" ends before it starts`);
    } else {
      first = readNumber(span, rule);
      last = stepText === undefined ? first : rule.max;
    }
    for (const value of range(first, last, step)) values.add(value);
  }
  return { values: [...values].sort((a, b) => a - b), isEvery: false, hasLast };
}

function range(first: number, last: number, step: number): number[] {
  const values: number[] = [];
  for (let value = first; value <= last; value += step) values.push(value);
  return values;
}

function cycleOf(minutes: number[], hours: number[], daysOfMonth: Field, months: Field, daysOfWeek: Field): TCycleType {
  if (minutes.length > 1) return "MINUTE";
  if (hours.length > 1) return "HOUR";
  if (!daysOfWeek.isEvery) return "WEEK";
  if (!daysOfMonth.isEvery) return months.isEvery ? "MONTH" : "YEAR";
  return "DAY";
}

export function parseCronSchedule(expression: string): TCronSchedule {
  const trimmed = expression.trim();
  try {
    const fields = trimmed === "" ? [] : trimmed.split(/\s+/);
    if (fields.length !== 6) throw new CronProblem(`expected 6 fields (second minute hour day month weekday), found ${fields.length}`);
    const [secondText, minuteText, hourText, dayText, monthText, weekdayText] = fields as [string, string, string, string, string, string];
    const second = readField(secondText, RULES.second);
    if (second.values.length !== 1) throw new CronProblem("second: expected one value");
    const minutes = readField(minuteText, RULES.minute).values;
    const hours = readField(hourText, RULES.hour).values;
    const daysOfMonth = readField(dayText, RULES.dayOfMonth, { allowQuestion: true, allowLast: true });
    const months = readField(monthText, RULES.month);
    const daysOfWeek = readField(weekdayText, RULES.dayOfWeek, { allowQuestion: true });
    if (!daysOfMonth.isEvery && !daysOfWeek.isEvery) throw new CronProblem("day of month and weekday are both restricted; one must be ?");
    return {
      isParsed: true,
      expression: trimmed,
      cycle: cycleOf(minutes, hours, daysOfMonth, months, daysOfWeek),
      second: second.values[0]!,
      minutes,
      hours,
      daysOfMonth: daysOfMonth.isEvery ? null : daysOfMonth.values,
      isLastDayOfMonth: daysOfMonth.hasLast,
      months: months.isEvery ? null : months.values,
      daysOfWeek: daysOfWeek.isEvery ? null : daysOfWeek.values,
      cyclesPerDay: minutes.length * hours.length,
    };
  } catch (error) {
    if (error instanceof CronProblem) return { isParsed: false, expression: trimmed, problem: error.message };
    throw error;
  }
}

/** Cycles of a schedule that fall inside a time-of-day window (`HH:mm:ss`, either end open). */
export function cyclesInWindow(schedule: TCronSchedule, window: { start?: string; end?: string }): number {
  if (!schedule.isParsed) return 1;
  if (schedule.cycle !== "MINUTE" && schedule.cycle !== "HOUR") return 1;
  const pad = (value: number) => String(value).padStart(2, "0");
  let count = 0;
  for (const hour of schedule.hours) {
    for (const minute of schedule.minutes) {
      const time = `${pad(hour)}:${pad(minute)}:${pad(schedule.second)}`;
      if (window.start !== undefined && time < window.start) continue;
      if (window.end !== undefined && time > window.end) continue;
      count++;
    }
  }
  return count;
}
