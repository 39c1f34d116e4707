import { describe, expect, it } from "vitest";
import { formatUptime, toFieldLabel, toStatusCounts } from "./engine-health-format";

describe("toStatusCounts", () => {
  it("lists failures first and successes last, with readable labels", () => {
    const counts = toStatusCounts({ SUCCESS: 40, NOT_RUN: 3, FAILURE: 2, RUNNING: 1 });
    expect(counts.map((entry) => entry.status)).toEqual(["FAILURE", "RUNNING", "NOT_RUN", "SUCCESS"]);
    expect(counts[0]).toEqual({ status: "FAILURE", label: "Failed", tone: "danger", count: 2 });
  });

  it("keeps statuses it does not know, after the known ones, named as sent", () => {
    const counts = toStatusCounts({ ZOMBIE: 1, SUCCESS: 1, FROZEN: 2 });
    expect(counts.map((entry) => [entry.status, entry.label, entry.tone])).toEqual([
      ["SUCCESS", "Succeeded", "ok"],
      ["FROZEN", "FROZEN", "neutral"],
      ["ZOMBIE", "ZOMBIE", "neutral"],
    ]);
  });
});

describe("formatUptime", () => {
  it.each([
    [0, "0 s"],
    [59.9, "59 s"],
    [60, "1 min"],
    [3_599, "59 min"],
    [3_600, "1 h"],
    [3_600 + 5 * 60 + 9, "1 h 5 min"],
    [86_400, "1 d"],
    [2 * 86_400 + 4 * 3_600 + 59, "2 d 4 h"],
    [-5, "0 s"],
  ])("formats %s seconds as %s", (seconds, expected) => {
    expect(formatUptime(seconds)).toBe(expected);
  });
});

describe("toFieldLabel", () => {
  it.each([
    ["runningNow", "Running now"],
    ["queue_depth", "Queue depth"],
    ["schedulerLeader", "Scheduler leader"],
    ["version", "Version"],
  ])("labels %s as %s", (name, label) => {
    expect(toFieldLabel(name)).toBe(label);
  });
});
