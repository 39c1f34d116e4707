import { describe, expect, it } from "vitest";
import { parseCronSchedule } from "@/lib/server/nodes/parse-cron";
import { describeSchedule } from "./describe-schedule";

const say = (expression: string) => describeSchedule(parseCronSchedule(expression));

describe("describeSchedule", () => {
  it("says daily, weekly, monthly and yearly schedules in words", () => {
    expect(say("00 10 01 * * ?")).toBe("Every day at 01:10");
    expect(say("00 00 05 ? * 2")).toBe("Every Monday at 05:00");
    expect(say("00 00 05 ? * MON,FRI")).toBe("Every Monday and Friday at 05:00");
    expect(say("00 00 06 1 * ?")).toBe("On day 1 of every month at 06:00");
    expect(say("00 00 06 L * ?")).toBe("On the last day of every month at 06:00");
    expect(say("00 00 06 1 JAN ?")).toBe("On day 1 of January at 06:00");
  });

  it("says hourly and minute schedules with their span", () => {
    expect(say("00 05 00-23/1 * * ?")).toBe("Every hour at :05, 00:05 to 23:05, every day");
    expect(say("00 00 00-23/6 * * ?")).toBe("Every 6 hours at :00, 00:00 to 18:00, every day");
    expect(say("00 00/30 08-11 * * ?")).toBe("Every 30 minutes from 08:00 to 11:30, every day");
  });

  it("shows the expression and the problem when it cannot be read", () => {
    expect(say("bad")).toBe("Cron bad: expected 6 fields (second minute hour day month weekday), found 1");
  });
});
