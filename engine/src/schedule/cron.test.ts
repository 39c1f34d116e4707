import { describe, expect, it } from "vitest";
import { CronSyntaxError, cycleTypeOf, isCronDay, parseCron } from "./cron";

const range = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, index) => from + index * step);

function syntaxErrorOf(expression: string): CronSyntaxError {
  try {
    parseCron(expression);
  } catch (error) {
    if (error instanceof CronSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected "${expression}" to be rejected`);
}

describe("parseCron", () => {
  it("reads a daily expression with leading zeros", () => {
    const spec = parseCron("00 30 00 * * ?");
    expect(spec).toMatchObject({ second: 0, minutes: [30], hours: [0], isDayOfMonthRestricted: false, isDayOfWeekRestricted: false });
    expect(spec.months).toEqual(range(1, 12));
  });

  it("reads an hourly expression written as a stepped range", () => {
    expect(parseCron("00 00 00-23/1 * * ?").hours).toEqual(range(0, 23));
  });

  it("reads every five minutes written as start/step", () => {
    const spec = parseCron("00 00/5 * * * ?");
    expect(spec.minutes).toEqual(range(0, 55, 5));
    expect(spec.hours).toEqual(range(0, 23));
  });

  it("reads */step and a stepped hour range", () => {
    expect(parseCron("0 */15 * * * ?").minutes).toEqual([0, 15, 30, 45]);
    expect(parseCron("00 00 08-20/2 * * ?").hours).toEqual([8, 10, 12, 14, 16, 18, 20]);
  });

  it("reads lists and plain ranges", () => {
    expect(parseCron("00 00 8-10,15,01 * * ?").hours).toEqual([1, 8, 9, 10, 15]);
  });

  it("reads a weekly expression by Quartz number and by name", () => {
    expect(parseCron("00 00 03 ? * 2")).toMatchObject({ daysOfWeek: [2], isDayOfWeekRestricted: true });
    expect(parseCron("00 00 03 ? * mon").daysOfWeek).toEqual([2]);
    expect(parseCron("00 00 03 ? * MON-FRI").daysOfWeek).toEqual([2, 3, 4, 5, 6]);
  });

  it("wraps a weekday range that runs past Saturday", () => {
    expect(parseCron("00 00 03 ? * SAT-MON").daysOfWeek).toEqual([1, 2, 7]);
  });

  it("reads monthly expressions, including the last day of the month", () => {
    expect(parseCron("00 00 03 1 * ?")).toMatchObject({ daysOfMonth: [1], isDayOfMonthRestricted: true, isLastDayOfMonth: false });
    expect(parseCron("00 00 03 L * ?")).toMatchObject({ daysOfMonth: [], isDayOfMonthRestricted: true, isLastDayOfMonth: true });
    expect(parseCron("00 00 03 1,L * ?")).toMatchObject({ daysOfMonth: [1], isLastDayOfMonth: true });
  });

  it("accepts * in both day fields as every day", () => {
    expect(parseCron("00 00 03 * * *")).toMatchObject({ isDayOfMonthRestricted: false, isDayOfWeekRestricted: false });
  });

  it("accepts month names", () => {
    expect(parseCron("00 00 03 1 JAN,jul ?").months).toEqual([1, 7]);
  });

  it("tolerates surrounding and repeated whitespace", () => {
    expect(parseCron("  00  30 00 * *\t? ").expression).toBe("00  30 00 * *\t?");
  });
});

describe("parseCron rejects bad input and names the field", () => {
  it.each([
    ["00 30 00 * *", "expression", "expression: expected 6 fields (sec min hour day month weekday), got 5"],
    ["00 00 25 * * ?", "hour", "hour field: 25 is out of range 0–23"],
    ["00 */0 * * * ?", "minute", "minute field: step 0 must be at least 1"],
    ["00 ab * * * ?", "minute", 'minute field: "ab" is not a number 0–59'],
    ["00 00 03 1 * 2", "dayOfWeek", 'dayOfWeek field: one of dayOfMonth and dayOfWeek must be ?, got "1" and "2"'],
    ["*/5 * * * * ?", "second", "second field: DataWorks schedules at most once a minute"],
    ["0,30 * * * * ?", "second", "second field:"],
    ["60 * * * * ?", "second", "second field: 60 is out of range 0–59"],
    ["00 00 03 0 * ?", "dayOfMonth", "dayOfMonth field: 0 is out of range 1–31"],
    ["00 00 03 ? 13 ?", "month", "month field: 13 is out of range 1–12"],
    ["00 00 03 ? * 8", "dayOfWeek", "dayOfWeek field: 8 is out of range 1–7"],
    ["00 00 03 ? * FUN", "dayOfWeek", 'dayOfWeek field: "FUN" is not a number 1–7 or a name SUN–SAT'],
    ["00 ? 03 * * ?", "minute", "minute field: ? is allowed only in dayOfMonth and dayOfWeek"],
    ["00 1,,2 03 * * ?", "minute", "minute field: empty list item"],
    ["00 1-2-3 03 * * ?", "minute", "minute field:"],
    ["00 1/2/3 03 * * ?", "minute", "minute field:"],
    ["00 00 03 L * L", "dayOfWeek", "dayOfWeek field:"],
  ])("rejects %j in the %s field", (expression, field, message) => {
    const error = syntaxErrorOf(expression);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("rejects an expression longer than 256 characters", () => {
    const error = syntaxErrorOf(`00 00 03 * * ?${" ".repeat(250)}`);
    expect(error.field).toBe("expression");
    expect(error.message).toContain("256");
  });

  it("rejects a list of more than 100 items", () => {
    const error = syntaxErrorOf(`00 ${Array.from({ length: 101 }, () => "1").join(",")} 03 * * ?`);
    expect(error).toMatchObject({ field: "minute", message: "minute field: at most 100 list items, got 101" });
  });

  it("rejects an empty expression", () => {
    expect(syntaxErrorOf("   ").message).toBe("expression: expected 6 fields (sec min hour day month weekday), got 0");
  });
});

describe("cycleTypeOf", () => {
  it.each([
    ["00 00/5 * * * ?", "MINUTE"],
    ["00 00 00-23/1 * * ?", "HOUR"],
    ["00 30 * * * ?", "HOUR"],
    ["00 30 00 * * ?", "DAY"],
    ["00 00 03 ? * 2", "WEEK"],
    ["00 00 03 1 * ?", "MONTH"],
    ["00 00 03 L * ?", "MONTH"],
    ["00 00 03 1 1 ?", "YEAR"],
    ["00 00 03 1-31 * ?", "DAY"],
  ])("classifies %j as %s", (expression, cycleType) => {
    expect(cycleTypeOf(parseCron(expression))).toBe(cycleType);
  });
});

describe("isCronDay", () => {
  it("matches a Monday-only expression on Mondays only", () => {
    const monday = parseCron("00 00 03 ? * MON");
    expect(isCronDay(monday, { year: 2026, month: 3, day: 2 })).toBe(true);
    expect(isCronDay(monday, { year: 2026, month: 3, day: 3 })).toBe(false);
  });

  it("matches the last day of the month, leap years included", () => {
    const last = parseCron("00 00 03 L * ?");
    expect(isCronDay(last, { year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isCronDay(last, { year: 2028, month: 2, day: 28 })).toBe(false);
    expect(isCronDay(last, { year: 2026, month: 2, day: 28 })).toBe(true);
  });

  it("respects the month field", () => {
    const january = parseCron("00 00 03 1 JAN ?");
    expect(isCronDay(january, { year: 2026, month: 1, day: 1 })).toBe(true);
    expect(isCronDay(january, { year: 2026, month: 2, day: 1 })).toBe(false);
  });
});
