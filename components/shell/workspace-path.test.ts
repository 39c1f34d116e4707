import { describe, expect, it } from "vitest";
import { parseWorkspacePath, rewriteWorkspacePath, workspaceSectionPath } from "./workspace-path";

const target = { serviceId: 2, projectId: "20000" };

describe("rewriteWorkspacePath", () => {
  it("swaps the service and project and keeps the section and its filters", () => {
    expect(rewriteWorkspacePath("/s/1/p/10000/instances", "?bizdate=2026-11-23&status=FAILURE", target)).toBe(
      "/s/2/p/20000/instances?bizdate=2026-11-23&status=FAILURE",
    );
  });

  it("accepts a search string without its question mark", () => {
    expect(rewriteWorkspacePath("/s/1/p/10000/dags", "page=2", target)).toBe("/s/2/p/20000/dags?page=2");
  });

  it("turns a detail page of the old project into its section's list", () => {
    expect(rewriteWorkspacePath("/s/1/p/10000/instances/11000004115", "?tab=log", target)).toBe("/s/2/p/20000/instances");
    expect(rewriteWorkspacePath("/s/1/p/10000/nodes/700000046/instances", "", target)).toBe("/s/2/p/20000/nodes");
  });

  it("goes to the overview from the workspace root or from outside any workspace", () => {
    expect(rewriteWorkspacePath("/s/1/p/10000", "", target)).toBe("/s/2/p/20000/overview");
    expect(rewriteWorkspacePath("/settings/data-services", "?x=1", target)).toBe("/s/2/p/20000/overview");
    expect(rewriteWorkspacePath("/s/abc/p/10000/instances", "", target)).toBe("/s/2/p/20000/overview");
  });

  it("keeps an empty query out of the URL", () => {
    expect(rewriteWorkspacePath("/s/1/p/10000/overview", "?", target)).toBe("/s/2/p/20000/overview");
  });
});

describe("parseWorkspacePath", () => {
  it("reads the service and project of a workspace path", () => {
    expect(parseWorkspacePath("/s/1/p/10000/instances/5")).toEqual({ serviceId: 1, projectId: "10000" });
  });
  it("is null outside a workspace or for malformed ids", () => {
    expect(parseWorkspacePath("/audit")).toBeNull();
    expect(parseWorkspacePath("/s/x/p/1")).toBeNull();
  });
});

describe("workspaceSectionPath", () => {
  it("builds a section link", () => {
    expect(workspaceSectionPath(target, "dags")).toBe("/s/2/p/20000/dags");
  });
});
