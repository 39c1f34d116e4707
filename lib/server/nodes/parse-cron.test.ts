import { describe, expect, it } from "vitest";
import { cyclesInWindow, parseCronSchedule } from "./parse-cron";

describe("parseCronSchedule", () => {
  it("reads a daily schedule", () => {
    expect(parseCronSchedule("00 15 00 * * ?")).toMatchObject({ isParsed: true, cycle: "DAY", hours: [0], minutes: [15], second: 0, cyclesPerDay: 1, daysOfWeek: null, daysOfMonth: null });
  });

  it("reads an hourly schedule with a stepped range", () => {
    const schedule = parseCronSchedule("00 05 00-23/1 * * ?");
    expect(schedule).toMatchObject({ isParsed: true, cycle: "HOUR", minutes: [5], cyclesPerDay: 24 });
  });

  it("reads every 30 minutes between 08:00 and 11:30", () => {
    const schedule = parseCronSchedule("00 00/30 08-11 * * ?");
    expect(schedule).toMatchObject({ isParsed: true, cycle: "MINUTE", minutes: [0, 30], hours: [8, 9, 10, 11], cyclesPerDay: 8 });
  });

  it("reads weekly and monthly schedules with names and the last day", () => {
    expect(parseCronSchedule("00 00 05 ? * MON,FRI")).toMatchObject({ isParsed: true, cycle: "WEEK", daysOfWeek: [2, 6] });
    expect(parseCronSchedule("00 00 06 1,L * ?")).toMatchObject({ isParsed: true, cycle: "MONTH", daysOfMonth: [1], isLastDayOfMonth: true });
    expect(parseCronSchedule("00 00 06 1 JAN ?")).toMatchObject({ isParsed: true, cycle: "YEAR", months: [1] });
  });

  it("answers the problem of a malformed expression instead of throwing", () => {
    expect(parseCronSchedule("0 0 25 * * ?")).toMatchObject({ isParsed: false, problem: expect.stringContaining("hour") });
    expect(parseCronSchedule("0 0 1 * *")).toMatchObject({ isParsed: false, problem: expect.stringContaining("6 fields") });
    expect(parseCronSchedule("0 0 1 1 * 2")).toMatchObject({ isParsed: false, problem: expect.stringContaining("one must be ?") });
  });
});

describe("cyclesInWindow", () => {
  it("counts the hourly cycles inside a window, both ends included", () => {
    expect(cyclesInWindow(parseCronSchedule("00 00 00-23/1 * * ?"), { start: "08:00:00", end: "12:00:00" })).toBe(5);
  });

  it("counts one cycle for a daily node whatever the window", () => {
    expect(cyclesInWindow(parseCronSchedule("00 30 02 * * ?"), { start: "08:00:00", end: "09:00:00" })).toBe(1);
  });

  it("leaves an open end open", () => {
    expect(cyclesInWindow(parseCronSchedule("00 00 00-23/1 * * ?"), { start: "20:00:00" })).toBe(4);
  });
});
