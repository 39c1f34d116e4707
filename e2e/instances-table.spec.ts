import { expect, test, type Page } from "@playwright/test";
import { ConsoleShell } from "./pages/console-shell";
import { InstancesPage } from "./pages/instances-page";
import { openPage } from "./support/open-page";

/** What each rendered body row shows: its position (aria-rowindex), instance, link and checkbox. */
type TRenderedRow = { rowIndex: number; instanceId: string; link: string; checkbox: string };

async function renderedRows(page: Page): Promise<TRenderedRow[]> {
  return page.locator('table[aria-label="Instances"] tbody tr[data-instance-id]').evaluateAll((rows) =>
    rows.map((row) => ({
      rowIndex: Number(row.getAttribute("aria-rowindex")),
      instanceId: row.getAttribute("data-instance-id") ?? "",
      link: row.querySelector("a")?.textContent ?? "",
      checkbox: row.querySelector('input[type="checkbox"]')?.getAttribute("aria-label") ?? "",
    })),
  );
}

/** The scrolling container around the instances table. */
function tableScrollTop(page: Page): Promise<number> {
  return page.locator('table[aria-label="Instances"]').evaluate((table) => table.parentElement?.scrollTop ?? -1);
}

test("an operator scrolls through a page of 100 instances, keeps the focus on its row, pages on and opens one", async ({ page }) => {
  test.setTimeout(5 * 60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const shell = new ConsoleShell(page);
  const instances = new InstancesPage(page);

  await test.step("opens every instance of any date, 100 to a page", async () => {
    await shell.signInAsFirstAdmin();
    await shell.navLink("Instances").click();
    await expect(instances.heading).toBeVisible();
    await instances.dateMode.selectOption({ label: "Any date" });
    const url = new URL(page.url());
    url.searchParams.set("pageSize", "100");
    await openPage(page, `${url.pathname}${url.search}`);
    await expect(instances.rows.first()).toBeVisible({ timeout: 60_000 });
    // The demo's history holds far more than one page.
    await expect(page.getByRole("button", { name: "Next page" })).toBeEnabled();
  });

  await test.step("sees the live indicator beat once per refresh, never endlessly (an endless animation redraws the page 60 times a second)", async () => {
    const dot = page.locator('header span[title^="Live"] > span[aria-hidden="true"]');
    await expect(dot).toBeAttached();
    const iterations = () => dot.evaluate((element) => element.getAnimations().map((animation) => animation.effect?.getComputedTiming().iterations ?? 0));
    // Sampled over more than one fast refresh (5 s), so a beat is seen when the list is live.
    for (let sample = 0; sample < 12; sample++) {
      for (const count of await iterations()) expect(count).toBe(1);
      await page.waitForTimeout(500);
    }
  });

  // Row position (aria-rowindex) → instance, over the first page.
  const seen = new Map<number, string>();
  await test.step("sees only a screenful of rows in the page, and every row whole and in order while scrolling", async () => {
    const box = await instances.table.boundingBox();
    if (!box) throw new Error("the instances table has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    for (let step = 0; step < 40; step++) {
      const rows = await renderedRows(page);
      // Virtualised: a screenful plus a margin, never the whole page.
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(60);
      rows.forEach((row, offset) => {
        // Contiguous positions; a reused row shows one instance in every cell.
        expect(row.rowIndex).toBe(rows[0]!.rowIndex + offset);
        expect(row.checkbox).toBe(`Select ${row.link}`);
        const earlier = seen.get(row.rowIndex);
        if (earlier !== undefined) expect(row.instanceId, `row ${row.rowIndex} after scrolling`).toBe(earlier);
        seen.set(row.rowIndex, row.instanceId);
      });
      if (rows.at(-1)!.rowIndex === 101) break;
      await page.mouse.wheel(0, 400);
      // One frame for the scroll event, one for the new rows.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    expect(seen.size).toBe(100);
    expect(new Set(seen.values()).size).toBe(100);
  });

  await test.step("ticks a row with the keyboard, scrolls it away: the focus never moves to another instance's row", async () => {
    await page.locator('table[aria-label="Instances"]').evaluate((table) => table.parentElement!.scrollTo({ top: 0 }));
    await expect(page.locator('tbody tr[aria-rowindex="4"]')).toBeVisible();
    const row = page.locator('tbody tr[aria-rowindex="4"]');
    const instanceId = await row.getAttribute("data-instance-id");
    await row.getByRole("checkbox").focus();
    await page.keyboard.press("Space");
    await expect(row.getByRole("checkbox")).toBeChecked();
    await page.locator('table[aria-label="Instances"]').evaluate((table) => table.parentElement!.scrollTo({ top: table.parentElement!.scrollHeight }));
    await expect(page.locator('tbody tr[aria-rowindex="101"]')).toBeAttached();
    const focusedRow = await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-instance-id") ?? null);
    expect(focusedRow === null || focusedRow === instanceId).toBe(true);
    await expect(instances.selectionBar(1)).toBeVisible();
  });

  await test.step("pages on: a slow next page dims the table only after 300 ms, the old rows keep their place meanwhile, and the page starts at its first row", async () => {
    const firstOfPageOne = seen.get(2);
    // The next page's list answers 1.5 s late; in-page clocks time its request and the dimming.
    await page.route((url) => /\/api\/s\/\d+\/p\/\d+\/instances$/.test(url.pathname) && url.searchParams.has("cursor"), async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    }, { times: 1 });
    type TDimTimes = { requestAt?: number; dimAt?: number };
    await instances.table.evaluate((table) => {
      const container = table.parentElement!;
      const times: TDimTimes = ((window as unknown as { dimTimes: TDimTimes }).dimTimes = {});
      const fetchPage = window.fetch;
      window.fetch = (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes("cursor=")) times.requestAt ??= performance.now();
        return fetchPage(input, init);
      };
      new MutationObserver(() => {
        if (container.classList.contains("opacity-70")) times.dimAt ??= performance.now();
      }).observe(container, { attributes: true, attributeFilter: ["class"] });
    });
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/[?&](cursor|page)=/);
    const dimTimes = () => page.evaluate(() => (window as unknown as { dimTimes: TDimTimes }).dimTimes);
    await expect.poll(async () => (await dimTimes()).dimAt ?? null).not.toBeNull();
    const { requestAt, dimAt } = await dimTimes();
    // The table turns stale as the request goes out; the dimming waits 300 ms (timers may fire a little early or late).
    expect(dimAt! - requestAt!).toBeGreaterThanOrEqual(250);
    // Until its rows arrive the previous page's stay where they were: nothing scrolls or lays them out again.
    expect(await tableScrollTop(page)).toBeGreaterThan(0);
    await expect(page.locator('tbody tr[aria-rowindex="101"]')).toBeAttached();
    await expect.poll(async () => (await renderedRows(page))[0]?.instanceId, { timeout: 30_000 }).not.toBe(firstOfPageOne);
    await expect(instances.table.locator("xpath=..")).not.toHaveClass(/opacity-70/);
    await expect(page.locator('tbody tr[aria-rowindex="2"]')).toBeInViewport();
    expect(await tableScrollTop(page)).toBe(0);
  });

  await test.step("opens an instance from its row without reloading the console", async () => {
    await page.evaluate(() => Object.assign(window, { nightshiftMarker: "same document" }));
    const link = page.locator('tbody tr[aria-rowindex="3"] a').first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/\/instances\/\d+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    expect(await page.evaluate(() => (window as unknown as { nightshiftMarker?: string }).nightshiftMarker)).toBe("same document");
  });
});
