import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseParamValues, renderCommand, resolveTaskParameters, schedulingParameters } from "./parameters";

describe("renderCommand", () => {
  it("replaces ${name} and $name for the given names", () => {
    expect(renderCommand("load ${bizdate} into p_$region", { bizdate: "20240501", region: "cn" })).toBe("load 20240501 into p_cn");
  });

  it("leaves unknown parameters and bash's own variables alone", () => {
    expect(renderCommand('echo $HOME ${USER} "$1" $bizdate', { bizdate: "20240501" })).toBe('echo $HOME ${USER} "$1" 20240501');
  });

  it("matches whole names only", () => {
    expect(renderCommand("$bizdate2 $bizdate_x $bizdate.csv", { bizdate: "20240501" })).toBe("$bizdate2 $bizdate_x 20240501.csv");
  });

  it("does not read bash's $$ as the start of a parameter", () => {
    expect(renderCommand("echo $$bizdate", { bizdate: "20240501" })).toBe("echo $$bizdate");
  });

  it("inserts values literally, even with $ or backslashes in them", () => {
    expect(renderCommand("x=$value", { value: "$& \\1 $bizdate" })).toBe("x=$& \\1 $bizdate");
  });

  it("ignores names inherited from Object.prototype", () => {
    expect(renderCommand("$toString ${constructor}", {})).toBe("$toString ${constructor}");
  });
});

describe("schedulingParameters", () => {
  it("formats bizdate, cycle time and run date in the workspace's time zone", () => {
    const cycTime = DateTime.fromISO("2024-05-02T00:30:00", { zone: "Asia/Shanghai" }).toMillis();
    expect(schedulingParameters({ bizdate: "2024-05-01", cycTime, timezone: "Asia/Shanghai" })).toEqual({
      bizdate: "20240501",
      cyctime: "20240502003000",
      gmtdate: "20240502",
    });
  });

  it("takes the run date from the workspace's time zone, not UTC", () => {
    const cycTime = Date.UTC(2024, 4, 1, 16, 30);
    expect(schedulingParameters({ bizdate: "2024-05-01", cycTime, timezone: "Asia/Shanghai" }).gmtdate).toBe("20240502");
    expect(schedulingParameters({ bizdate: "2024-04-30", cycTime, timezone: "UTC" }).gmtdate).toBe("20240501");
  });

  it("rejects a malformed bizdate and an unknown time zone", () => {
    expect(() => schedulingParameters({ bizdate: "20240501", cycTime: 0, timezone: "UTC" })).toThrow(/Invalid bizdate "20240501"/);
    expect(() => schedulingParameters({ bizdate: "2024-02-30", cycTime: 0, timezone: "UTC" })).toThrow(/Invalid bizdate/);
    expect(() => schedulingParameters({ bizdate: "2024-05-01", cycTime: 0, timezone: "Mars/Olympus" })).toThrow(/Mars\/Olympus/);
  });
});

describe("parseParamValues", () => {
  it("reads whitespace- and newline-separated name=value pairs", () => {
    expect(parseParamValues("a=1 b=$bizdate\n  c=x=y\td=")).toEqual({ a: "1", b: "$bizdate", c: "x=y", d: "" });
  });

  it("reads an empty text as no parameters", () => {
    expect(parseParamValues("  \n ")).toEqual({});
  });

  it("rejects a pair without '=' and names it", () => {
    expect(() => parseParamValues("a=1 oops c=3")).toThrow('Malformed parameter "oops"');
  });

  it("rejects a pair with an empty or invalid name and names it", () => {
    expect(() => parseParamValues("=1")).toThrow('Malformed parameter "=1"');
    expect(() => parseParamValues("1a=2")).toThrow('Malformed parameter "1a=2"');
  });

  it("rejects a parameter given twice", () => {
    expect(() => parseParamValues("a=1 a=2")).toThrow('Parameter "a" is given twice');
  });
});

describe("resolveTaskParameters", () => {
  it("substitutes scheduling parameters into the node's own values", () => {
    const scheduling = { bizdate: "20240501", cyctime: "20240502003000", gmtdate: "20240502" };
    expect(resolveTaskParameters("day=$bizdate label=run-${gmtdate} other=$unknown", scheduling)).toEqual({
      ...scheduling,
      day: "20240501",
      label: "run-20240502",
      other: "$unknown",
    });
  });
});
