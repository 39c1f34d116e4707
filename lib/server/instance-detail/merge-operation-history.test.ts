import { describe, expect, it } from "vitest";
import { mergeOperationHistory, toConsoleOperationEntry, toEngineOperationEntry } from "./merge-operation-history";

describe("operation history", () => {
  const engine = toEngineOperationEntry({
    OperationId: "42",
    Action: "StopInstance",
    Operator: "alice",
    Reason: "disk full",
    Before: '{"status":"RUNNING"}',
    After: '{"status":"FAILURE"}',
    Result: "APPLIED",
    ErrorCode: null,
    RequestId: "R1",
    OperateTime: Date.parse("2026-11-24T02:00:01Z"),
  });
  const bulk = toConsoleOperationEntry(
    {
      id: 7,
      at: new Date("2026-11-24T02:00:00Z"),
      actorName: "alice",
      action: "instances.stop",
      result: "partial",
      reason: "disk full",
      details: JSON.stringify({ items: [{ instanceId: "5", outcome: "refused", message: "already finished" }, { instanceId: "11000004115", outcome: "applied" }] }),
      requestId: "c-1",
    },
    "11000004115",
  );

  it("maps the engine's entries with their state before and after", () => {
    expect(engine).toMatchObject({ id: "engine:42", source: "engine", actor: "alice", action: "StopInstance", before: '{"status":"RUNNING"}', at: "2026-11-24T02:00:01.000Z" });
  });

  it("picks this instance's own outcome out of a bulk record", () => {
    expect(bulk).toMatchObject({ source: "console", action: "instances.stop", result: "partial", after: "applied" });
  });

  it("lists both newest first", () => {
    expect(mergeOperationHistory([engine], [bulk]).map((entry) => entry.id)).toEqual(["engine:42", "console:7"]);
  });

  it("reads malformed details as no outcome", () => {
    expect(toConsoleOperationEntry({ id: 1, at: new Date(0), actorName: "x", action: "a", result: "ok", reason: "", details: "{", requestId: "r" }, "1").after).toBeNull();
  });
});
