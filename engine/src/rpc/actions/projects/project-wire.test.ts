import { describe, expect, it } from "vitest";
import { aProject, aResourceGroup } from "../testing/entities";
import { projectStatusName, toProjectDetailWire, toProjectListItemWire, toResourceGroupWire } from "./project-wire";

describe("workspace wire mappers", () => {
  it("name the workspace status codes", () => {
    expect(projectStatusName(0)).toBe("AVAILABLE");
    expect(projectStatusName(7)).toBe("FROZEN");
    expect(toProjectListItemWire(aProject({ status: 4 }))).toMatchObject({ ProjectStatus: 4, ProjectStatusCode: "FORBIDDEN" });
  });

  it("describe a simple-mode workspace, its times in its own zone", () => {
    const wire = toProjectDetailWire(aProject(), { isDefault: true, defaultResourceGroupIdentifier: "default_group" });
    expect(wire).toMatchObject({
      ProjectMode: 2,
      EnvTypes: ["PROD"],
      DisableDevelopment: true,
      IsDefault: 1,
      GmtCreate: "Oct 10, 2019 3:42:53 PM",
      GmtModified: "Dec 3, 2019 9:12:20 PM",
      SchedulerRetryInterval: 120_000,
      TimeZone: "Asia/Shanghai",
    });
  });

  it("map resource group modes to DataWorks categories and carry the slots in Specs", () => {
    expect(toResourceGroupWire(aResourceGroup(), { sequence: 1, timezone: "Asia/Shanghai" })).toMatchObject({
      BizExtKey: "single",
      Mode: "ISOLATE",
      ResourceGroupType: "7",
      Specs: { Slots: 4 },
      CreateTime: "Jul 9, 2018 2:43:37 PM",
    });
    expect(toResourceGroupWire(aResourceGroup({ mode: "SHARE" }), { sequence: 2, timezone: "UTC" }).BizExtKey).toBe("default");
  });
});
