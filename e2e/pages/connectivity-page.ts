import type { Locator, Page } from "@playwright/test";

/** The connectivity page: data sources, the test-all matrix, result and history drawers, the data source form. */
export class ConnectivityPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly testAllButton: Locator;
  readonly matrix: Locator;
  readonly matrixProgress: Locator;
  readonly resultDrawer: Locator;
  readonly failedStep: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Connectivity" });
    this.table = page.getByRole("table", { name: "Data sources" });
    this.testAllButton = page.getByRole("button", { name: "Test all" });
    this.matrix = page.getByRole("region", { name: "All data sources × resource groups" });
    this.matrixProgress = this.matrix.getByRole("status");
    this.resultDrawer = page.getByRole("dialog", { name: /^Test of / });
    this.failedStep = this.resultDrawer.getByTestId("failed-step");
  }

  row(name: string): Locator {
    return this.table.locator(`tr[data-data-source="${name}"]`);
  }

  /** The matrix cells of one data source that finished with the given verdict label. */
  matrixResults(name: string, verdict: string): Locator {
    return this.matrix.getByRole("button", { name: new RegExp(`^Open the result of ${name} from `) }).filter({ hasText: verdict });
  }

  editDialog(name: string): Locator {
    return this.page.getByRole("dialog", { name: `Edit ${name}` });
  }

  historyDrawer(name: string): Locator {
    return this.page.getByRole("dialog", { name: `History of ${name}` });
  }

  resultState(): Locator {
    return this.resultDrawer.getByTestId("connectivity-run");
  }
}
