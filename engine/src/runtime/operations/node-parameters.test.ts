import { describe, expect, it } from "vitest";
import { parseDagParameters, parseNodeParamsJson, smokeTestParamValues, toParamOverrides, withDagParameters } from "./node-parameters";

describe("node parameters", () => {
  it("reads NodeParams JSON with quoted or bare node ID keys, as the spec's own example writes them", () => {
    expect(parseNodeParamsJson(`{74324:"a=123 b=456", "74325": "c=1"}`, "NodeParams")).toEqual({ "74324": "a=123 b=456", "74325": "c=1" });
  });

  it("refuses NodeParams that are not an object of strings, naming the parameter", () => {
    expect(() => parseNodeParamsJson("[1]", "NodeParams")).toThrow(/NodeParams must be a JSON object keyed by node ID/);
    expect(() => parseNodeParamsJson("{1: 2}", "NodeParams")).toThrow(/NodeParams: the value for node 1 must be a string/);
    expect(() => parseNodeParamsJson("{oops", "NodeParameters")).toThrow(/NodeParameters must be a JSON object keyed by node ID/);
  });

  it("takes a smoke test's NodeParams as a plain list or as JSON for the node tested", () => {
    expect(smokeTestParamValues(" bizdate=$bizdate tbods=$tbods ", 7n)).toBe("bizdate=$bizdate tbods=$tbods");
    expect(smokeTestParamValues(`{"7": "x=1"}`, 7n)).toBe("x=1");
    expect(() => smokeTestParamValues(`{"8": "x=1"}`, 7n)).toThrow(/names node 8/);
  });

  it("checks that overrides name nodes of the run and are k=v lists", () => {
    expect(toParamOverrides({ "5": "a=1" }, new Set([5n]), "NodeParams")).toEqual(new Map([[5n, "a=1"]]));
    expect(() => toParamOverrides({ abc: "a=1" }, new Set([5n]), "NodeParams")).toThrow(/"abc" is not a node ID/);
    expect(() => toParamOverrides({ "5": "a" }, new Set([5n]), "NodeParams")).toThrow(/NodeParams\[5\]: Malformed parameter "a"/);
  });

  it("substitutes DAG parameters into references and adds those the node lacks, the node's own value winning", () => {
    expect(withDagParameters("day=${run_day} region=eu", { run_day: "20260309", region: "us" })).toBe("day=20260309 region=eu run_day=20260309");
    expect(withDagParameters("", { a: "1" })).toBe("a=1");
  });

  it("reads DagParameters JSON and refuses names that are not parameter names", () => {
    expect(parseDagParameters(`{"kaaaa": "vaaaaa", "n": 3}`)).toEqual({ kaaaa: "vaaaaa", n: "3" });
    expect(() => parseDagParameters(`{"bad name": "v"}`)).toThrow(/"bad name" is not a parameter name/);
  });
});
