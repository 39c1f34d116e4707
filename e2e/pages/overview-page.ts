import type { Locator, Page } from "@playwright/test";

/** /s/…/p/…/overview: the status tiles of the chosen business date and the charts below them. */
export class OverviewPage {
  readonly heading: Locator;
  readonly statusTiles: Locator;
  readonly successTrend: Locator;
  readonly mostFailing: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Overview" });
    this.statusTiles = page.getByRole("list", { name: "Instances by status" });
    this.successTrend = page.getByRole("region", { name: "Successful instances by hour" });
    this.mostFailing = page.getByRole("region", { name: "Most failing nodes" });
  }

  /** The tile of one status, e.g. "failed" (its link reads "3 failed: open the list"). */
  statusTile(status: string): Locator {
    return this.statusTiles.getByRole("link", { name: new RegExp(`^\\d+ ${status}: open the list$`) });
  }
}
