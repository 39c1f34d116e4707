import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  zBool,
  zDate,
  zDateTime,
  zEpochMillis,
  zIdList,
  zInt,
  zIsoTime,
  zJsonString,
  zLong,
  zPageNumber,
  zPageSize,
  zProjectEnv,
  zText,
  zTimeOfDay,
} from "./params";

function messageOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("zLong", () => {
  it("parses a decimal above 2^53 exactly, as a bigint", () => {
    expect(zLong.parse("123124561341251321")).toBe(123124561341251321n);
  });

  it("accepts 2^63 − 1 and refuses 2^63", () => {
    expect(zLong.parse("9223372036854775807")).toBe(9223372036854775807n);
    expect(messageOf(zLong, "9223372036854775808")).toBe("expected a 64-bit integer");
  });

  it.each(["", "-1", "1.5", "1e3", " 1", "0x10", "12a"])("refuses %j, saying a 64-bit integer was expected", (text) => {
    expect(messageOf(zLong, text)).toBe("expected a 64-bit integer");
  });

  it("says what was expected when the value is not a string at all", () => {
    expect(messageOf(zLong, 5)).toBe("expected a 64-bit integer");
  });
});

describe("zInt", () => {
  it("parses an integer within the bounds", () => {
    expect(zInt(-5, 5).parse("-5")).toBe(-5);
  });

  it.each(["6", "-6", "2.0", "abc", ""])("refuses %j with the expected range", (text) => {
    expect(messageOf(zInt(-5, 5), text)).toBe("expected an integer from -5 to 5");
  });
});

describe("zBool", () => {
  it("reads true and false in any case", () => {
    expect([zBool.parse("true"), zBool.parse("FALSE"), zBool.parse("True")]).toEqual([true, false, true]);
  });

  it("refuses anything else", () => {
    expect(messageOf(zBool, "1")).toBe("expected true or false");
  });
});

describe("zProjectEnv", () => {
  it("defaults to PROD and accepts DEV", () => {
    const schema = z.object({ ProjectEnv: zProjectEnv });
    expect(schema.parse({}).ProjectEnv).toBe("PROD");
    expect(schema.parse({ ProjectEnv: "DEV" }).ProjectEnv).toBe("DEV");
  });

  it("refuses other environments", () => {
    expect(messageOf(zProjectEnv, "PRD")).toBe("expected PROD or DEV");
  });
});

describe("paging", () => {
  it("defaults PageNumber to 1 and PageSize to 10", () => {
    expect(z.object({ PageNumber: zPageNumber, PageSize: zPageSize }).parse({})).toEqual({ PageNumber: 1, PageSize: 10 });
  });

  it("refuses PageSize above 100 and PageNumber below 1", () => {
    expect(messageOf(zPageSize, "101")).toBe("expected an integer from 1 to 100");
    expect(messageOf(zPageNumber, "0")).toMatch(/^expected an integer from 1 to/);
  });

  it("accepts a PageNumber past 100, since the spec bounds it only from below", () => {
    expect(zPageNumber.parse("101")).toBe(101);
  });
});

describe("zIdList", () => {
  it("parses comma-separated Longs with spaces around them", () => {
    expect(zIdList.parse("1, 2,9223372036854775807")).toEqual([1n, 2n, 9223372036854775807n]);
  });

  it.each(["", "1,,2", "1,a", "1;2"])("refuses %j", (text) => {
    expect(messageOf(zIdList, text)).toBe("expected comma-separated 64-bit integers");
  });
});

describe("dates and times", () => {
  it("accepts a real yyyy-MM-dd HH:mm:ss and returns the text", () => {
    expect(zDateTime().parse("2024-02-29 23:59:59")).toBe("2024-02-29 23:59:59");
  });

  it.each(["2023-02-29 00:00:00", "2024-01-01 24:00:00", "2024-01-01T00:00:00", "2024-1-1 00:00:00"])("refuses the date-time %j", (text) => {
    expect(messageOf(zDateTime(), text)).toBe("expected a date-time as yyyy-MM-dd HH:mm:ss");
  });

  it("insists on 00:00:00 when midnightOnly", () => {
    expect(zDateTime({ midnightOnly: true }).parse("2020-11-11 00:00:00")).toBe("2020-11-11 00:00:00");
    expect(messageOf(zDateTime({ midnightOnly: true }), "2020-11-11 00:00:01")).toBe("expected a date as yyyy-MM-dd 00:00:00");
  });

  it("accepts a real yyyy-MM-dd and refuses an impossible one", () => {
    expect(zDate.parse("2020-01-31")).toBe("2020-01-31");
    expect(messageOf(zDate, "2020-04-31")).toBe("expected a date as yyyy-MM-dd");
  });

  it("accepts HH:mm:ss up to 23:59:59", () => {
    expect(zTimeOfDay.parse("23:59:59")).toBe("23:59:59");
    expect(messageOf(zTimeOfDay, "24:00:00")).toMatch(/^expected a time of day/);
  });

  it("parses yyyy-MM-dd'T'HH:mm:ssZ with its offset to an instant", () => {
    expect(zIsoTime.parse("2021-06-13T00:00:00+0800")).toEqual({
      text: "2021-06-13T00:00:00+0800",
      epochMs: Date.UTC(2021, 5, 12, 16, 0, 0),
      offsetMinutes: 480,
      localDate: "2021-06-13",
    });
    expect(zIsoTime.parse("2021-06-13T00:00:00-05:30").epochMs).toBe(Date.UTC(2021, 5, 13, 5, 30, 0));
    expect(zIsoTime.parse("2021-06-13T00:00:00Z").offsetMinutes).toBe(0);
  });

  it.each(["2021-06-13 00:00:00+0800", "2021-06-13T00:00:00", "2021-02-30T00:00:00Z", "2021-06-13T00:00:00+2500"])("refuses the time %j", (text) => {
    expect(messageOf(zIsoTime, text)).toMatch(/^expected a time as yyyy-MM-dd'T'HH:mm:ssZ/);
  });

  it("reads epoch milliseconds", () => {
    expect(zEpochMillis.parse("1606200230105")).toBe(1_606_200_230_105);
    expect(messageOf(zEpochMillis, "-1")).toMatch(/^expected epoch milliseconds/);
  });
});

describe("zText", () => {
  it("bounds the length and says so", () => {
    expect(zText({ max: 3 }).parse("abc")).toBe("abc");
    expect(messageOf(zText({ max: 3 }), "abcd")).toBe("expected text of 1 to 3 characters");
    expect(messageOf(zText({ max: 3 }), "")).toBe("expected text of 1 to 3 characters");
  });
});

describe("zJsonString", () => {
  it("parses JSON text", () => {
    expect(zJsonString().parse('{"a":[1,"b"]}')).toEqual({ a: [1, "b"] });
  });

  it("refuses text that is not JSON", () => {
    expect(messageOf(zJsonString(), "{a:1}")).toBe("expected a JSON string");
  });

  it("checks the parsed value against a shape when given one", () => {
    const schema = zJsonString(z.object({ cron: z.string({ error: "expected a cron expression" }) }));
    expect(schema.parse('{"cron":"0 0 * * *"}')).toEqual({ cron: "0 0 * * *" });
    expect(messageOf(schema, '{"cron":5}')).toBe("expected a cron expression");
  });
});
