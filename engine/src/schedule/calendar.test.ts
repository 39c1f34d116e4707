import { describe, expect, it } from "vitest";
import {
  addDays,
  bizdateEpoch,
  bizdatesToEnsure,
  currentBizdate,
  cycleTimes,
  isValidTimeZone,
  localDateOf,
  localSecondOfDay,
  localTimeToEpoch,
  runDateOf,
  timesOfDay,
} from "./calendar";
import { parseCron } from "./cron";

const at = (iso: string) => Date.parse(iso);
const HOUR_MS = 3_600_000;
const hourlyFrom = (iso: string, count: number) => Array.from({ length: count }, (_, index) => at(iso) + index * HOUR_MS);

const HOURLY = parseCron("00 00 00-23/1 * * ?");
const EVERY_FIVE_MINUTES = parseCron("00 00/5 * * * ?");

describe("business dates", () => {
  it("is the day before the local run date, switching exactly at local midnight", () => {
    expect(currentBizdate(at("2026-05-25T16:00:00Z"), "Asia/Shanghai")).toBe("2026-05-25");
    expect(currentBizdate(at("2026-05-25T15:59:59.999Z"), "Asia/Shanghai")).toBe("2026-05-24");
    expect(currentBizdate(at("2026-05-26T04:00:00Z"), "America/New_York")).toBe("2026-05-25");
    expect(currentBizdate(at("2026-05-26T03:59:59.999Z"), "America/New_York")).toBe("2026-05-24");
    expect(currentBizdate(at("2026-05-25T18:30:00Z"), "Asia/Kolkata")).toBe("2026-05-25");
    expect(currentBizdate(at("2026-05-25T18:29:59.999Z"), "Asia/Kolkata")).toBe("2026-05-24");
    expect(currentBizdate(at("2026-01-01T00:00:00Z"), "UTC")).toBe("2025-12-31");
  });

  it("maps a bizdate to its run date and back across months and years", () => {
    expect(runDateOf("2026-02-28")).toBe("2026-03-01");
    expect(runDateOf("2028-02-28")).toBe("2028-02-29");
    expect(runDateOf("2025-12-31")).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-01", 30)).toBe("2026-03-31");
  });

  it("refuses malformed or impossible dates", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => runDateOf("2026-2-3")).toThrow('Expected a date "YYYY-MM-DD", got "2026-2-3"');
  });

  it("puts the wire Bizdate at local midnight, as in the spec's example", () => {
    expect(bizdateEpoch("2020-05-25", "Asia/Shanghai")).toBe(1590336000000);
    expect(bizdateEpoch("2026-11-01", "America/New_York")).toBe(at("2026-11-01T04:00:00Z"));
  });

  it("starts a day whose midnight is skipped at the end of the gap", () => {
    // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
    expect(bizdateEpoch("2026-09-06", "America/Santiago")).toBe(at("2026-09-06T04:00:00Z"));
  });

  it("reads the local date and wall-clock time of an instant", () => {
    expect(localDateOf(at("2026-05-25T16:30:00Z"), "Asia/Shanghai")).toBe("2026-05-26");
    expect(localSecondOfDay(at("2026-05-25T16:30:15Z"), "Asia/Shanghai")).toBe(30 * 60 + 15);
  });
});

describe("time zones", () => {
  it("accepts IANA names and nothing else", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("throws on an unknown zone instead of computing with NaN", () => {
    expect(() => currentBizdate(0, "Mars/Olympus_Mons")).toThrow('Unknown IANA time zone "Mars/Olympus_Mons"');
  });
});

describe("bizdatesToEnsure", () => {
  const twoHours = 2 * HOUR_MS;

  it("asks only for the current bizdate during the day", () => {
    expect(bizdatesToEnsure(at("2026-05-25T04:00:00Z"), "Asia/Shanghai", twoHours)).toEqual(["2026-05-24"]);
  });

  it("adds tomorrow's bizdate once local midnight is within the lead time", () => {
    expect(bizdatesToEnsure(at("2026-05-25T13:59:59Z"), "Asia/Shanghai", twoHours)).toEqual(["2026-05-24"]);
    expect(bizdatesToEnsure(at("2026-05-25T14:00:00Z"), "Asia/Shanghai", twoHours)).toEqual(["2026-05-24", "2026-05-25"]);
  });

  it("rolls over at local midnight", () => {
    expect(bizdatesToEnsure(at("2026-05-25T16:00:00Z"), "Asia/Shanghai", twoHours)).toEqual(["2026-05-25"]);
  });

  it("measures the lead time to the real midnight on the night clocks change", () => {
    // 2026-11-01 has 25 hours in New York: its end is 05:00Z on 2 November, not 04:00Z.
    expect(bizdatesToEnsure(at("2026-11-02T02:30:00Z"), "America/New_York", twoHours)).toEqual(["2026-10-31"]);
    expect(bizdatesToEnsure(at("2026-11-02T03:00:00Z"), "America/New_York", twoHours)).toEqual(["2026-10-31", "2026-11-01"]);
  });
});

describe("cycleTimes", () => {
  it("gives 24 hourly cycles on an ordinary day in Shanghai", () => {
    expect(cycleTimes(HOURLY, "2026-05-26", "Asia/Shanghai")).toEqual(hourlyFrom("2026-05-25T16:00:00Z", 24));
  });

  it("gives 288 five-minute cycles, five minutes apart", () => {
    const times = cycleTimes(EVERY_FIVE_MINUTES, "2026-05-26", "Asia/Shanghai");
    expect(times).toHaveLength(288);
    expect(times[1]! - times[0]!).toBe(5 * 60_000);
    expect(times.at(-1)).toBe(at("2026-05-26T15:55:00Z"));
  });

  it("honours the hour range and step", () => {
    const times = cycleTimes(parseCron("00 00 08-20/2 * * ?"), "2026-05-26", "UTC");
    expect(times.map((time) => new Date(time).getUTCHours())).toEqual([8, 10, 12, 14, 16, 18, 20]);
  });

  it("gives nothing on a day the expression skips, but times of day regardless", () => {
    const monday = parseCron("00 00 03 ? * MON");
    expect(cycleTimes(monday, "2026-05-26", "UTC")).toEqual([]);
    expect(cycleTimes(monday, "2026-05-25", "UTC")).toEqual([at("2026-05-25T03:00:00Z")]);
    expect(timesOfDay(monday, "2026-05-26", "UTC")).toEqual([at("2026-05-26T03:00:00Z")]);
  });

  describe("across daylight saving changes", () => {
    it("runs the skipped 02:00 hour once, at 03:00, when New York springs forward", () => {
      expect(cycleTimes(HOURLY, "2026-03-08", "America/New_York")).toEqual(hourlyFrom("2026-03-08T05:00:00Z", 23));
    });

    it("moves a daily 02:30 into the first instant after the gap in New York", () => {
      expect(cycleTimes(parseCron("00 30 02 * * ?"), "2026-03-08", "America/New_York")).toEqual([at("2026-03-08T07:00:00Z")]);
    });

    it("collapses the five-minute cycles inside the gap into one", () => {
      const times = cycleTimes(EVERY_FIVE_MINUTES, "2026-03-08", "America/New_York");
      expect(times).toHaveLength(288 - 12);
      expect(times.filter((time) => time === at("2026-03-08T07:00:00Z"))).toHaveLength(1);
    });

    it("runs the repeated 01:00 hour once, at its first occurrence, when New York falls back", () => {
      const times = cycleTimes(HOURLY, "2026-11-01", "America/New_York");
      expect(times).toHaveLength(24);
      expect(times.slice(0, 3)).toEqual([at("2026-11-01T04:00:00Z"), at("2026-11-01T05:00:00Z"), at("2026-11-01T07:00:00Z")]);
      expect(times).not.toContain(at("2026-11-01T06:00:00Z"));
      expect(cycleTimes(parseCron("00 30 01 * * ?"), "2026-11-01", "America/New_York")).toEqual([at("2026-11-01T05:30:00Z")]);
    });

    it("handles Berlin's spring-forward gap between 02:00 and 03:00", () => {
      expect(cycleTimes(parseCron("00 30 02 * * ?"), "2026-03-29", "Europe/Berlin")).toEqual([at("2026-03-29T01:00:00Z")]);
      expect(cycleTimes(HOURLY, "2026-03-29", "Europe/Berlin")).toEqual(hourlyFrom("2026-03-28T23:00:00Z", 23));
    });

    it("takes the summer-time occurrence of Berlin's repeated 02:30", () => {
      expect(cycleTimes(parseCron("00 30 02 * * ?"), "2026-10-25", "Europe/Berlin")).toEqual([at("2026-10-25T00:30:00Z")]);
      const times = cycleTimes(HOURLY, "2026-10-25", "Europe/Berlin");
      expect(times).toHaveLength(24);
      expect(times).toContain(at("2026-10-25T00:00:00Z"));
      expect(times).not.toContain(at("2026-10-25T01:00:00Z"));
    });

    it("converts wall-clock times the same way outside cron", () => {
      expect(localTimeToEpoch("2026-03-08", 2 * 3600 + 59 * 60, "America/New_York")).toBe(at("2026-03-08T07:00:00Z"));
      expect(localTimeToEpoch("2026-03-08", 3 * 3600, "America/New_York")).toBe(at("2026-03-08T07:00:00Z"));
    });
  });
});
