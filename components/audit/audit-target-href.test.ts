import { describe, expect, it } from "vitest";
import { auditTargetHref } from "./audit-target-href";

describe("auditTargetHref", () => {
  it("links workspace targets to their pages", () => {
    const record = { serviceId: 1, projectId: "10000" };
    expect(auditTargetHref({ ...record, targetType: "instance" }, "11000004115")).toBe("/s/1/p/10000/instances/11000004115");
    expect(auditTargetHref({ ...record, targetType: "node" }, "700000046")).toBe("/s/1/p/10000/nodes/700000046");
    expect(auditTargetHref({ ...record, targetType: "dag" }, "300000014")).toBe("/s/1/p/10000/dags/300000014");
  });

  it("links console targets to their settings pages", () => {
    expect(auditTargetHref({ serviceId: null, projectId: null, targetType: "user" }, "3")).toBe("/settings/users");
    expect(auditTargetHref({ serviceId: 2, projectId: null, targetType: "data-service" }, "2")).toBe("/settings/data-services");
  });

  it("gives no link without a workspace, for unknown types, or for odd IDs", () => {
    expect(auditTargetHref({ serviceId: null, projectId: null, targetType: "instance" }, "1")).toBeNull();
    expect(auditTargetHref({ serviceId: 1, projectId: "10000", targetType: "baseline" }, "1")).toBeNull();
    expect(auditTargetHref({ serviceId: 1, projectId: "10000", targetType: "instance" }, "../x")).toBeNull();
  });
});
