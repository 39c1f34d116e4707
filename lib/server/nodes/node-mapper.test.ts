import { describe, expect, it } from "vitest";
import { toNodeDefinition, toNodeRelative, toNodeSummary } from "./node-mapper";

const wire = {
  NodeId: 700000046n,
  NodeName: "dwd_trade_orders",
  OwnerId: "bob",
  ProgramType: "SHELL",
  SchedulerType: "PAUSE",
  CronExpress: "00 10 01 * * ?",
  ResGroupName: "ETL (shared)",
  Priority: 3,
  BaselineId: null,
  Description: "Cleaned orders",
  ParamValues: "bizdate=$bizdate",
  Connection: "",
  Repeatability: "false",
  RepeatInterval: 60,
};

describe("node mappers", () => {
  it("carries IDs as decimal strings and marks a PAUSE node as frozen", () => {
    const summary = toNodeSummary({ ...wire, NodeId: "700000046" });
    expect(summary).toMatchObject({ nodeId: "700000046", name: "dwd_trade_orders", isFrozen: true, schedulerType: "PAUSE", resourceGroup: "ETL (shared)", priority: 3 });
    expect(summary.schedule).toMatchObject({ isParsed: true, cycle: "DAY", hours: [1], minutes: [10] });
  });

  it("reads Repeatability written as text and the rerun interval in seconds", () => {
    expect(toNodeDefinition({ ...wire, NodeId: "1" })).toMatchObject({ isRerunnable: false, rerunIntervalSeconds: 60, paramValues: "bizdate=$bizdate" });
  });

  it("fills what a reduced or sparse shape leaves out", () => {
    expect(toNodeSummary({ NodeId: "5" })).toMatchObject({ name: "", owner: "", schedulerType: "NORMAL", isFrozen: false, resourceGroup: null, priority: null, baselineId: null });
    expect(toNodeRelative({ NodeId: "6", NodeName: "x", SchedulerType: "NORMAL(0)" })).toEqual({ nodeId: "6", name: "x", owner: "", programType: "", schedulerType: "NORMAL", cronExpress: "" });
  });
});
