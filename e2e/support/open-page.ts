import type { Page } from "@playwright/test";

/**
 * Opens a URL and waits until React has hydrated it (`<html data-hydrated>`): pages arrive
 * server-rendered with their data, and a click or key press before hydration would be lost.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 60_000 });
}
