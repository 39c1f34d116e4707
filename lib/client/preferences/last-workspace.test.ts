import { describe, expect, it } from "vitest";
import { formatLastWorkspace, parseLastWorkspace } from "./last-workspace";

describe("last workspace cookie", () => {
  it("round-trips a service and project id", () => {
    const value = formatLastWorkspace({ serviceId: 2, projectId: "9007199254740993" });
    expect(parseLastWorkspace(value)).toEqual({ serviceId: 2, projectId: "9007199254740993" });
  });
  it("ignores malformed values", () => {
    expect(parseLastWorkspace("x:1")).toBeNull();
    expect(parseLastWorkspace("0:1")).toBeNull();
    expect(parseLastWorkspace(undefined)).toBeNull();
  });
});
