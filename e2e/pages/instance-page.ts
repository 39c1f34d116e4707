import type { Locator, Page } from "@playwright/test";

/** /s/…/p/…/instances/[instanceId]: heading with the status, actions, tabs and the log viewer. */
export class InstancePage {
  readonly heading: Locator;
  readonly actions: Locator;
  readonly tabs: Locator;
  readonly log: Locator;
  readonly firstErrorButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.actions = page.getByRole("toolbar", { name: "Instance actions" });
    this.tabs = page.getByRole("tablist", { name: "Instance sections" });
    this.log = page.getByRole("region", { name: "Instance log" });
    this.firstErrorButton = this.log.getByRole("button", { name: /^First error \(\d+ lines?\)$/ });
  }

  action(label: "Rerun" | "Stop" | "Set success" | "Suspend" | "Resume"): Locator {
    return this.actions.getByRole("button", { name: label, exact: true });
  }

  tab(label: "Log" | "Graph" | "Recent instances" | "History"): Locator {
    return this.tabs.getByRole("tab", { name: label });
  }
}
