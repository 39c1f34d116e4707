import { describe, expect, it } from "vitest";
import { toAuditRecordDto } from "./to-audit-record-dto";

const row = {
  id: 3,
  at: new Date("2026-11-24T03:00:00.000Z"),
  actorId: 1,
  actorName: "admin",
  action: "instances.rerun",
  targetType: "instance",
  targetIds: '["11000004115","9007199254740993"]',
  serviceId: 1,
  projectId: "10000",
  reason: "retry after fix",
  result: "partial",
  details: '{"items":[{"id":"11000004115","result":"ok"}]}',
  requestId: "r-1",
};

describe("toAuditRecordDto", () => {
  it("parses the JSON columns and keeps 64-bit IDs as exact strings", () => {
    const dto = toAuditRecordDto(row);
    expect(dto.targetIds).toEqual(["11000004115", "9007199254740993"]);
    expect(dto.details).toEqual({ items: [{ id: "11000004115", result: "ok" }] });
    expect(dto.at).toBe("2026-11-24T03:00:00.000Z");
  });

  it("reads malformed JSON columns as empty targets and raw details", () => {
    const dto = toAuditRecordDto({ ...row, targetIds: "not json", details: "{oops" });
    expect(dto.targetIds).toEqual([]);
    expect(dto.details).toBe("{oops");
  });
});
