import { describe, expect, it } from "vitest";
import { buildNavItems, isNavItemActive } from "./nav-items";

describe("buildNavItems", () => {
  it("links the workspace sections into the open project", () => {
    const items = buildNavItems({ serviceId: 1, projectId: "10000" }, "viewer");
    expect(items.find((item) => item.id === "instances")?.href).toBe("/s/1/p/10000/instances");
  });
  it("sends workspace sections to / when no project is known", () => {
    expect(buildNavItems(null, "viewer").find((item) => item.id === "overview")?.href).toBe("/");
  });
  it("links Baselines, Events and Alerts into the open project", () => {
    const items = buildNavItems({ serviceId: 1, projectId: "10000" }, "viewer");
    expect(items.filter((item) => ["baselines", "events", "alerts"].includes(item.id)).map((item) => item.href)).toEqual(["/s/1/p/10000/baselines", "/s/1/p/10000/events", "/s/1/p/10000/alerts"]);
  });
  it("links Connectivity into the open project", () => {
    expect(buildNavItems({ serviceId: 1, projectId: "10000" }, "viewer").find((item) => item.id === "connectivity")?.href).toBe("/s/1/p/10000/connectivity");
  });
  it("shows Users to admins only", () => {
    expect(buildNavItems(null, "operator").some((item) => item.id === "users")).toBe(false);
    expect(buildNavItems(null, "admin").some((item) => item.id === "users")).toBe(true);
  });
});

describe("isNavItemActive", () => {
  const [overview, instances] = buildNavItems({ serviceId: 1, projectId: "10000" }, "viewer");
  it("is active on the item's page and below it", () => {
    expect(isNavItemActive(instances!, "/s/1/p/10000/instances")).toBe(true);
    expect(isNavItemActive(instances!, "/s/1/p/10000/instances/11000004115")).toBe(true);
  });
  it("is not active on a sibling whose name starts the same way", () => {
    expect(isNavItemActive(overview!, "/s/1/p/10000/overviewx")).toBe(false);
    expect(isNavItemActive(instances!, "/s/1/p/10000/overview")).toBe(false);
  });
});
