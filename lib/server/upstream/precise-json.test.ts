import { describe, expect, it } from "vitest";
import { PreciseJsonError, parsePreciseJson } from "./precise-json";

describe("parsePreciseJson", () => {
  it("keeps an integer beyond 2^53 exact as a bigint", () => {
    const parsed = parsePreciseJson('{"InstanceId":9223372036854775807,"Small":11000004115}') as Record<string, unknown>;
    expect(parsed.InstanceId).toBe(9223372036854775807n);
    expect(parsed.Small).toBe(11000004115);
  });

  it("turns 2^53 + 1 into a bigint but leaves MAX_SAFE_INTEGER a number", () => {
    expect(parsePreciseJson("9007199254740993")).toBe(9007199254740993n);
    expect(parsePreciseJson("9007199254740991")).toBe(9007199254740991);
    expect(parsePreciseJson("-9007199254740993")).toBe(-9007199254740993n);
  });

  it("reads fractions and exponents as numbers", () => {
    expect(parsePreciseJson("[1.5, -2e3, 0.25E-1, 0]")).toEqual([1.5, -2000, 0.025, 0]);
  });

  it("matches JSON.parse on ordinary documents", () => {
    const text = '{"a":[true,false,null,{"b":"x\\ny\\"z\\\\"}],"c":"\\u00e9\\ud83d\\ude00","d":{},"e":[]}';
    expect(parsePreciseJson(text)).toEqual(JSON.parse(text));
  });

  it("keeps a __proto__ key as data without changing the prototype", () => {
    const parsed = parsePreciseJson('{"__proto__":{"polluted":1}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["", "Unexpected end"],
    ["{", "Expected a property name"],
    ['{"a" 1}', "Expected :"],
    ["[1,]", "Unexpected character"],
    ["01", "Unexpected text"],
    ['"abc', "Unterminated string"],
    ['"a\tb"', "Control character"],
    ['"\\x"', "Invalid escape"],
    ["tru", "Invalid literal"],
    ["{} x", "Unexpected text"],
    ["-", "Invalid number"],
  ])("refuses %j with a positioned error", (text, message) => {
    expect(() => parsePreciseJson(text)).toThrow(PreciseJsonError);
    expect(() => parsePreciseJson(text)).toThrow(message);
  });

  it("refuses nesting deeper than 512 levels instead of overflowing the stack", () => {
    expect(() => parsePreciseJson("[".repeat(10_000) + "]".repeat(10_000))).toThrow("nested too deeply");
    expect(parsePreciseJson("[".repeat(100) + "]".repeat(100))).toBeInstanceOf(Array);
  });
});
