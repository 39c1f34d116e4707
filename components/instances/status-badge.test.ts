import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DagStatusBadge } from "@/components/dags/dag-status-badge";
import { INSTANCE_STATUSES } from "@/lib/contracts/instances";
import { InstanceStatusBadge, InstanceStatusIcon } from "./status-badge";

describe("status badges", () => {
  // An endlessly spinning icon beside each running instance keeps the browser drawing 60 frames a second for as long as anything runs.
  it("never animate, whatever the status", () => {
    for (const status of INSTANCE_STATUSES) {
      const markup = renderToStaticMarkup(createElement("div", null, createElement(InstanceStatusBadge, { status, isSuspended: true }), createElement(InstanceStatusIcon, { status })));
      expect(markup, status).toContain("<svg");
      expect(markup, status).not.toMatch(/animate-/);
    }
    for (const status of ["CREATED", "RUNNING", "FAILURE", "SUCCESS"]) expect(renderToStaticMarkup(createElement(DagStatusBadge, { status })), status).not.toMatch(/animate-/);
  });

  it("name the status in words beside the icon", () => {
    expect(renderToStaticMarkup(createElement(InstanceStatusBadge, { status: "RUNNING" }))).toContain("Running");
  });
});
