import type { Locator, Page } from "@playwright/test";

/** /s/…/p/…/baselines: the board of baseline instances with status chips and one row per instance. */
export class BaselinesBoardPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Baselines" });
    this.table = page.getByRole("table", { name: "Baselines" });
    this.counts = page.getByText(/over or in error · \d+ in danger · \d+ safe · \d+ finished$/);
  }

  statusChip(label: "Over" | "Error" | "In danger" | "Safe"): Locator {
    return this.page.getByRole("group", { name: "Status" }).getByRole("button", { name: label, exact: true });
  }

  /** The row of a baseline (its first cycle on the board). */
  row(baselineName: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name: baselineName, exact: true }) }).first();
  }

  link(baselineName: string): Locator {
    return this.row(baselineName).getByRole("link", { name: baselineName, exact: true });
  }
}

/** /s/…/p/…/baselines/{id}/{bizdate}: the plain-language line, facts, blocking instance, key path and events. */
export class BaselineInstancePage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly blocking: Locator;
  readonly keyPathTabs: Locator;
  readonly graph: Locator;
  readonly gantt: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.summary = page.getByTestId("baseline-summary");
    this.blocking = page.getByRole("region", { name: /^Blocking now/ });
    this.keyPathTabs = page.getByRole("tablist", { name: "Key path" });
    this.graph = page.getByRole("figure");
    this.gantt = page.getByRole("img", { name: "Predicted against actual times of the key path" });
  }

  blockingAction(label: "Rerun" | "Stop" | "Set success" | "Suspend" | "Resume"): Locator {
    return this.blocking.getByRole("toolbar", { name: "Instance actions" }).getByRole("button", { name: label, exact: true });
  }

  /** A row label of the timeline (SVG text; its <title> child holds the full name). */
  ganttRow(nodeName: string): Locator {
    return this.gantt.locator("text").filter({ hasText: nodeName }).first();
  }

  keyPathTab(label: "Graph" | "Timeline"): Locator {
    return this.keyPathTabs.getByRole("tab", { name: label });
  }
}
