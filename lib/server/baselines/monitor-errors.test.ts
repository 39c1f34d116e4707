import { describe, expect, it } from "vitest";
import { refusedParameter } from "./monitor-errors";

describe("refusedParameter", () => {
  it("reads the parameter and the reason from a DataWorks-style refusal", () => {
    expect(refusedParameter("The data service could not answer CreateRemind: The specified parameters are invalid: NodeIds: required when RemindUnit is NODE (code Invalid.Wkbench.Parameter, upstream request 1)")).toEqual({
      name: "NodeIds",
      detail: "required when RemindUnit is NODE",
    });
  });

  it("answers null when no parameter is named", () => {
    expect(refusedParameter("The specified parameters are invalid.")).toBeNull();
  });
});
