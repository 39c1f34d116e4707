import type { Locator, Page } from "@playwright/test";
import { openPage } from "../support/open-page";

/** Settings → Data services: the table and the test drawer. */
export class DataServicesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly testResult: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Data services" });
    this.table = page.getByRole("table", { name: "Data services" });
    this.testResult = page.getByRole("dialog", { name: /^Test of / });
  }

  async goto(): Promise<void> {
    await openPage(this.page, "/settings/data-services");
  }

  row(name: string): Locator {
    return this.table.getByRole("row").filter({ hasText: name });
  }

  /** The value shown for a term of the engine facts, such as "API version". */
  engineFact(term: string): Locator {
    return this.testResult.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  }
}
