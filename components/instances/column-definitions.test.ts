import { describe, expect, it } from "vitest";
import { durationMs, sortInstances } from "./column-definitions";
import { testInstance } from "./test-instances";

const NOW = Date.parse("2026-11-24T00:00:00.000Z");

describe("instance columns", () => {
  it("measures duration to the finish, or to now while running, and nothing before the start", () => {
    expect(durationMs(testInstance(), NOW)).toBe(600_000);
    expect(durationMs(testInstance({ finishTime: null, beginRunningTime: "2026-11-23T23:59:00.000Z" }), NOW)).toBe(60_000);
    expect(durationMs(testInstance({ beginRunningTime: null, finishTime: null }), NOW)).toBeNull();
  });

  it("sorts the page by a column both ways, unknown values last, ties in upstream order", () => {
    const a = testInstance({ instanceId: "1", owner: "bob", priority: 5 });
    const b = testInstance({ instanceId: "2", owner: null, priority: 1 });
    const c = testInstance({ instanceId: "3", owner: "alice", priority: 5 });
    const ids = (items: { instanceId: string }[]) => items.map((item) => item.instanceId);
    expect(ids(sortInstances([a, b, c], { column: "owner", direction: "asc" }, NOW))).toEqual(["3", "1", "2"]);
    expect(ids(sortInstances([a, b, c], { column: "owner", direction: "desc" }, NOW))).toEqual(["1", "3", "2"]);
    expect(ids(sortInstances([a, b, c], { column: "priority", direction: "desc" }, NOW))).toEqual(["1", "3", "2"]);
    expect(ids(sortInstances([a, b, c], null, NOW))).toEqual(["1", "2", "3"]);
  });

  it("sorts statuses failures first", () => {
    const ok = testInstance({ instanceId: "1", status: "SUCCESS" });
    const failed = testInstance({ instanceId: "2", status: "FAILURE" });
    expect(sortInstances([ok, failed], { column: "status", direction: "asc" }, NOW).map((item) => item.status)).toEqual(["FAILURE", "SUCCESS"]);
  });
});
