import { expect, type Locator, type Page } from "@playwright/test";

/** /s/…/p/…/nodes/[nodeId]: definition, relatives, recent instances and the node's actions. */
export class NodePage {
  readonly actions: Locator;
  readonly backfillDialog: Locator;

  constructor(readonly page: Page) {
    this.actions = page.getByRole("toolbar", { name: "Node actions" });
    this.backfillDialog = page.getByRole("dialog", { name: "New backfill" });
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { level: 1, name });
  }

  /**
   * Opens the backfill dialog (the node is its root), sets the dates and the reason, waits for the
   * preview, and starts it; resolves once the dialog says how many DAGs were started.
   */
  async backfill(input: { from: string; to: string; reason: string; expectedDags: number }): Promise<void> {
    await this.actions.getByRole("button", { name: "Backfill", exact: true }).click();
    const dialog = this.backfillDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("From business date").fill(input.from);
    await dialog.getByLabel("To business date").fill(input.to);
    await dialog.getByRole("textbox", { name: /^Reason/ }).fill(input.reason);
    const dagWord = input.expectedDags === 1 ? "DAG" : "DAGs";
    await expect(dialog.getByText(new RegExp(`^${input.expectedDags} ${dagWord} with about \\d+ instances?$`))).toBeVisible();
    await dialog.getByRole("button", { name: "Start backfill" }).click();
    await expect(dialog.getByText(`Backfill started: ${input.expectedDags} ${dagWord}.`)).toBeVisible();
  }
}
