import { describe, expect, it } from "vitest";
import { ZListProjectsResponse, isKnownTimezone, toProjectDto } from "./project-wire";

const item = { ProjectId: "10000", ProjectIdentifier: "demo_shop", ProjectName: "Demo shop", ProjectDescription: null, ProjectStatusCode: "AVAILABLE" };

describe("toProjectDto", () => {
  it("uses the zone the upstream names", () => {
    expect(toProjectDto(item, "Europe/Berlin")).toMatchObject({ projectId: "10000", timezone: "Europe/Berlin", timezoneSource: "upstream", description: "" });
  });
  it("falls back to Asia/Shanghai when the upstream names none or an unknown one", () => {
    expect(toProjectDto(item, undefined)).toMatchObject({ timezone: "Asia/Shanghai", timezoneSource: "default" });
    expect(toProjectDto(item, "Mars/Olympus")).toMatchObject({ timezone: "Asia/Shanghai", timezoneSource: "default" });
  });
  it("names a project by its identifier when it has no display name", () => {
    expect(toProjectDto({ ...item, ProjectName: "" }, undefined).name).toBe("demo_shop");
  });
});

describe("ZListProjectsResponse", () => {
  it("carries a 64-bit project ID as a decimal string", () => {
    const parsed = ZListProjectsResponse.parse({ PageResult: { PageNumber: 1, PageSize: 10, TotalCount: 1, ProjectList: [{ ...item, ProjectId: 9007199254740993n }] } });
    expect(parsed.PageResult.ProjectList[0]?.ProjectId).toBe("9007199254740993");
  });
});

describe("isKnownTimezone", () => {
  it("knows IANA zones and refuses made-up ones", () => {
    expect(isKnownTimezone("Asia/Shanghai")).toBe(true);
    expect(isKnownTimezone("Nowhere/Land")).toBe(false);
  });
});
