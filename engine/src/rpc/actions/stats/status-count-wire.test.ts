import { describe, expect, it } from "vitest";
import { toStatusCountWire } from "./get-instance-status-statistic";

describe("toStatusCountWire", () => {
  it("gives every counter, zero where none, and a total of all statuses", () => {
    expect(toStatusCountWire(new Map([["FAILURE", 2], ["CHECKING", 1], ["SUCCESS", 5]]))).toEqual({
      FailureCount: 2,
      WaitTimeCount: 0,
      RunningCount: 0,
      SuccessCount: 5,
      TotalCount: 8,
      NotRunCount: 0,
      WaitResCount: 0,
      CheckingCount: 1,
      CheckingConditionCount: 0,
    });
  });
});
