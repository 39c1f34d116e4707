import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./args";

const KNOWN = ["generation", "transitions", "list-instances", "hot-paths"];

describe("parseBenchArgs", () => {
  it("runs everything on both stores and records the results by default", () => {
    expect(parseBenchArgs([], KNOWN)).toEqual({ only: [], isQuick: false, stores: ["sqlite", "postgresql"], shouldWrite: true, keepDatabases: false });
  });

  it("does not record a quick run unless asked to", () => {
    expect(parseBenchArgs(["--quick"], KNOWN).shouldWrite).toBe(false);
    expect(parseBenchArgs(["--quick", "--write"], KNOWN).shouldWrite).toBe(true);
  });

  it("accepts --only as a list, with or without '='", () => {
    expect(parseBenchArgs(["--only", "generation,hot-paths"], KNOWN).only).toEqual(["generation", "hot-paths"]);
    expect(parseBenchArgs(["--only=transitions", "--store=sqlite"], KNOWN)).toMatchObject({ only: ["transitions"], stores: ["sqlite"] });
  });

  it("names the known benchmarks when given an unknown one", () => {
    expect(() => parseBenchArgs(["--only", "nope"], KNOWN)).toThrow(/known: generation, transitions/);
  });

  it("refuses a flag without its value", () => {
    expect(() => parseBenchArgs(["--only", "--quick"], KNOWN)).toThrow(/--only needs a value/);
  });
});
