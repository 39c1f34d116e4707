import { expect, type Locator, type Page } from "@playwright/test";

/** The confirmation of rerun / stop / suspend / resume / set-success, for one instance or many. */
export class ActionDialog {
  readonly dialog: Locator;
  readonly reason: Locator;
  readonly confirmButton: Locator;
  readonly results: Locator;

  constructor(readonly page: Page, action: "Rerun" | "Stop" | "Set success" | "Suspend" | "Resume", count = 1) {
    this.dialog = page.getByRole("dialog", { name: `${action} ${count === 1 ? "1 instance" : `${count} instances`}` });
    this.reason = this.dialog.getByRole("textbox", { name: /^Reason/ });
    this.confirmButton = this.dialog.getByRole("button", { name: `${action} ${count}`, exact: true });
    this.results = this.dialog.getByRole("status").filter({ hasText: /^Results: / });
  }

  /** Waits for the preview ("Will apply to …"), gives the reason, confirms, and waits for the results. */
  async confirm(reason: string, expectedSummary: RegExp = /Applied 1 · no change 0 · refused 0 · failed 0/): Promise<void> {
    await expect(this.dialog.getByText(/^Will apply to \d+/)).toBeVisible();
    await this.reason.fill(reason);
    await this.confirmButton.click();
    await expect(this.results).toContainText(expectedSummary);
  }

  async close(): Promise<void> {
    await this.dialog.getByRole("button", { name: "Close", exact: true }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
