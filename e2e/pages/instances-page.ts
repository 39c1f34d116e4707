import type { Locator, Page } from "@playwright/test";

/** /s/…/p/…/instances: the filter bar (held in the URL), the table and the selection bar. */
export class InstancesPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly dateMode: Locator;
  readonly nodeName: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Instances" });
    this.filters = page.getByRole("form", { name: "Filters" });
    this.dateMode = this.filters.getByRole("combobox", { name: "Business date" });
    this.nodeName = this.filters.getByRole("searchbox", { name: "Node name" });
    this.table = page.getByRole("table", { name: "Instances" });
    // Body rows only: each has a checkbox named after its node.
    this.rows = this.table.getByRole("row").filter({ has: page.getByRole("checkbox", { name: /^Select (?!all)/ }) });
  }

  statusToggle(label: string): Locator {
    return this.filters.getByRole("group", { name: "Status" }).getByRole("button", { name: label, exact: true });
  }

  /** Types a node name and applies it with Enter, as the filter bar expects. */
  async filterByNodeName(name: string): Promise<void> {
    await this.nodeName.fill(name);
    await this.nodeName.press("Enter");
  }

  rowsOf(nodeName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("link", { name: nodeName, exact: true }) });
  }

  rowCheckbox(row: Locator, nodeName: string): Locator {
    return row.getByRole("checkbox", { name: `Select ${nodeName}` });
  }

  /** The bar that appears once rows are selected ("1 selected"), with the bulk actions. */
  selectionBar(count: number): Locator {
    return this.page.getByRole("region", { name: `${count} selected` });
  }
}
