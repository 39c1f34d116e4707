import { describe, expect, it } from "vitest";
import { toWireJson } from "./wire-json";

describe("toWireJson", () => {
  it("writes a bigint above 2^53 as the exact integer literal", () => {
    expect(toWireJson({ NodeId: 123124561341251321n })).toBe('{"NodeId":123124561341251321}');
  });

  it("writes the largest 64-bit integers exactly", () => {
    expect(toWireJson([9223372036854775807n, -9223372036854775808n])).toBe("[9223372036854775807,-9223372036854775808]");
  });

  it("omits undefined, functions and symbols in objects and writes null for them in arrays", () => {
    expect(toWireJson({ a: undefined, b: () => 1, c: Symbol("s"), d: 1 })).toBe('{"d":1}');
    expect(toWireJson([undefined, () => 1, 2])).toBe("[null,null,2]");
  });

  it("escapes strings as JSON.stringify does, including quotes, controls and lone surrogates", () => {
    const tricky = 'quote " backslash \\ newline \n tab \t nul \u0000 line-sep \u2028 lone \ud800 中文 😀';
    expect(toWireJson({ [tricky]: tricky })).toBe(JSON.stringify({ [tricky]: tricky }));
  });

  it("matches JSON.stringify for values without bigints", () => {
    const value = { n: 1.5, neg: -0, inf: Infinity, nan: Number.NaN, t: true, f: false, z: null, nested: [{ x: [] }, {}], when: new Date(0) };
    expect(toWireJson(value)).toBe(JSON.stringify(value));
  });

  it("refuses a circular structure instead of recursing forever", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => toWireJson(cycle)).toThrow(/circular/);
  });

  it("allows the same object twice when it is not its own ancestor", () => {
    const shared = { id: 1n };
    expect(toWireJson([shared, shared])).toBe('[{"id":1},{"id":1}]');
  });

  it("writes a 100-row page of 64-bit IDs exactly, and a string that looks like a mark stays a string", () => {
    const rows = Array.from({ length: 100 }, (_, index) => ({
      InstanceId: 11_000_000_000_000_000_000n + BigInt(index),
      NodeId: 700_000_000n + BigInt(index),
      NodeName: `node_${index} 运维 \u0001123\u0001`,
      Status: "SUCCESS",
      CycTime: 1_590_422_400_000,
      Priority: 1,
      ParamValues: undefined,
    }));
    const page = { RequestId: "X", Data: { PageNumber: 1, PageSize: 100, TotalCount: 100_000, Instances: rows } };
    const text = toWireJson(page);
    expect(text).toContain('"InstanceId":11000000000000000099,');
    const reparsed = JSON.parse(text.replace(/"(InstanceId|NodeId)":(\d+)/g, '"$1":"$2"')) as typeof page;
    expect(reparsed.Data.Instances.map((row) => row.InstanceId)).toEqual(rows.map((row) => row.InstanceId.toString()));
    expect(reparsed.Data.Instances[7]!.NodeName).toBe(rows[7]!.NodeName);
  });

  it("writes a bare bigint and a bare undefined", () => {
    expect(toWireJson(5n)).toBe("5");
    expect(toWireJson(undefined)).toBe("null");
  });
});
