import { describe, expect, it } from "vitest";
import { toOperationWire } from "./operation-wire";

describe("toOperationWire", () => {
  it("writes an audit row with its IDs as bigints and its time in epoch ms", () => {
    const wire = toOperationWire({
      id: 7n,
      projectId: null,
      action: "StopInstance",
      operator: "alice",
      reason: "disk full",
      targetType: "instance",
      targetId: 1_152_921_504_606_846_983n,
      before: '{"status":"RUNNING"}',
      after: '{"status":"FAILURE"}',
      result: "APPLIED",
      errorCode: "",
      requestId: "R",
      at: 1_716_777_000_000,
    });
    expect(wire).toEqual({
      OperationId: 7n,
      ProjectId: null,
      Action: "StopInstance",
      Operator: "alice",
      Reason: "disk full",
      TargetType: "instance",
      TargetId: 1_152_921_504_606_846_983n,
      Before: '{"status":"RUNNING"}',
      After: '{"status":"FAILURE"}',
      Result: "APPLIED",
      ErrorCode: "",
      RequestId: "R",
      OperateTime: 1_716_777_000_000,
    });
  });
});
