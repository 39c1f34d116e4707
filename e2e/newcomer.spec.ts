import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { ActionDialog } from "./pages/action-dialog";
import { ConsoleShell, readFirstAdmin } from "./pages/console-shell";
import { InstancePage } from "./pages/instance-page";
import { InstancesPage } from "./pages/instances-page";
import { NodePage } from "./pages/node-page";
import { OverviewPage } from "./pages/overview-page";
import { openPage } from "./support/open-page";

/**
 * Kept beside Playwright's output folder, not in it: Playwright empties test-results/e2e on every
 * run, and these are the artefacts a reviewer (and the README) looks at.
 */
const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "..", "test-results", "screenshots");
/** Demo node that fails on its first attempt and succeeds when rerun (engine/workspaces/demo/nodes/ops.yaml). */
const RERUN_NODE = "ops_partner_feed_export";
/** Demo node that is frozen: each of its daily instances failed at once, one per day of history. */
const FROZEN_NODE = "ads_seo_report";
/** A short daily demo node (12 s of work) to backfill. */
const BACKFILL_NODE = "ops_table_stats_collect";
/** A rerun waits for a slot while the demo's nightly catch-up fills the resource groups. */
const RUN_TIMEOUT_MS = 240_000;

let shotCount = 0;

/** A full-page screenshot kept as an artefact (test-results/screenshots) and attached to the report. */
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  shotCount += 1;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${String(shotCount).padStart(2, "0")}-${name}.png`);
  const body = await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

function addDays(bizdate: string, days: number): string {
  const date = new Date(`${bizdate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test.beforeAll(() => {
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
});

test("a newcomer signs in, finds a failed instance, reads its log, reruns it, and works through the other operations", async ({ page }, testInfo) => {
  // One long journey on a shared machine: two live runs (a rerun and a backfill) wait for free slots.
  test.setTimeout(15 * 60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const shell = new ConsoleShell(page);
  const overview = new OverviewPage(page);
  const instances = new InstancesPage(page);
  const instance = new InstancePage(page);
  const nodePage = new NodePage(page);
  let base = "";
  let currentBizdate = "";

  await test.step("signs in with the first admin's password and lands on the overview", async () => {
    await openPage(page, "/");
    await expect(page).toHaveURL(/\/login\?next=%2F/);
    await screenshot(page, testInfo, "sign-in");
    await shell.signIn(readFirstAdmin());
    // The first page after a fresh start is rendered cold.
    await expect(page).toHaveURL(/\/s\/\d+\/p\/\d+\/overview$/, { timeout: 45_000 });
    base = new URL(page.url()).pathname.replace(/\/overview$/, "");
  });

  await test.step("reads the overview: status counts of today's business date, the hourly trend, the most failing nodes", async () => {
    await expect(overview.heading).toBeVisible();
    await expect(overview.statusTile("failed")).toBeVisible();
    await expect(overview.successTrend).toBeVisible();
    await expect(overview.mostFailing.getByRole("link", { name: FROZEN_NODE })).toBeVisible();
    currentBizdate = await page.getByRole("textbox", { name: "Business date" }).inputValue();
    expect(currentBizdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screenshot(page, testInfo, "overview");
  });

  let failedHref = "";
  await test.step("filters the instances to failed ones of any date and one node, from the filter bar", async () => {
    await shell.navLink("Instances").click();
    await expect(instances.heading).toBeVisible();
    await instances.dateMode.selectOption({ label: "Any date" });
    await instances.statusToggle("Failed").click();
    await expect(instances.statusToggle("Failed")).toHaveAttribute("aria-pressed", "true");
    await instances.filterByNodeName(RERUN_NODE);
    await expect(page).toHaveURL(/[?&]status=FAILURE(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]node=${RERUN_NODE}(&|$)`));
    // Today's run failed on its first attempt (and so did some days of the generated history).
    const failedRows = instances.rowsOf(RERUN_NODE);
    await expect(failedRows.first()).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    await expect(failedRows.first().getByRole("cell").nth(1)).toHaveText("Failed");
    await screenshot(page, testInfo, "instances-failed");
    failedHref = (await failedRows.first().getByRole("link", { name: RERUN_NODE, exact: true }).getAttribute("href")) ?? "";
    expect(failedHref).toMatch(/\/instances\/\d+$/);
  });

  await test.step("opens the failed instance and reads its log, jumping to the first error", async () => {
    await instances.rowsOf(RERUN_NODE).first().getByRole("link", { name: RERUN_NODE, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${failedHref}(\\?|$)`));
    await expect(instance.heading).toContainText(RERUN_NODE);
    await expect(instance.heading).toContainText("Failed");
    await expect(instance.tab("Log")).toHaveAttribute("aria-selected", "true");
    // A live first attempt logs the error on stderr; a day of generated history logs its exit code.
    await expect(instance.log).toContainText(/ERROR partner drop folder is locked|exit 1/);
    await screenshot(page, testInfo, "instance-failed-log");
  });

  await test.step("reruns it with a reason, and watches it run and succeed", async () => {
    await instance.action("Rerun").click();
    const dialog = new ActionDialog(page, "Rerun");
    await dialog.confirm("partner released the drop folder lock; newcomer journey");
    await screenshot(page, testInfo, "rerun-result");
    await dialog.close();
    // The page refreshes by itself while the instance waits and runs.
    await expect(instance.heading).not.toContainText("Failed", { timeout: RUN_TIMEOUT_MS });
    await expect(instance.heading).toContainText("Succeeded", { timeout: RUN_TIMEOUT_MS });
    await expect(instance.log).toContainText(`feed partner_feed_`, { timeout: 30_000 });
    await screenshot(page, testInfo, "instance-rerun-succeeded");
    await instance.tab("History").click();
    await expect(page.getByRole("tabpanel").getByText("partner released the drop folder lock").first()).toBeVisible();
  });

  let setSuccessHref = "";
  await test.step("selects another failed instance in the list and sets it to success, with a reason", async () => {
    await openPage(page, `${base}/instances?status=FAILURE&node=${FROZEN_NODE}`);
    const rows = instances.rowsOf(FROZEN_NODE);
    await expect(rows.first()).toBeVisible();
    const row = rows.first();
    setSuccessHref = (await row.getByRole("link", { name: FROZEN_NODE, exact: true }).getAttribute("href")) ?? "";
    await instances.rowCheckbox(row, FROZEN_NODE).check();
    const bar = instances.selectionBar(1);
    await expect(bar).toBeVisible();
    await bar.getByRole("button", { name: "Set success", exact: true }).click();
    const dialog = new ActionDialog(page, "Set success");
    await expect(dialog.dialog).toContainText("Marks each failed instance as succeeded without running it");
    await screenshot(page, testInfo, "set-success-confirmation");
    await dialog.confirm("report not needed while the SEO node is frozen; newcomer journey");
    await dialog.close();
    await openPage(page, setSuccessHref);
    await expect(instance.heading).toContainText("Succeeded");
    await screenshot(page, testInfo, "instance-set-success");
  });

  await test.step("suspends a waiting instance of today, then resumes it", async () => {
    // Newest cycle first: the first waiting instance is the one furthest from starting.
    await openPage(page, `${base}/instances?bizdate=${currentBizdate}&status=WAIT_TIME,NOT_RUN`);
    await expect(instances.rows.first()).toBeVisible();
    await instances.rows.first().getByRole("link").first().click();
    await expect(instance.action("Suspend")).toBeEnabled();
    await instance.action("Suspend").click();
    const suspend = new ActionDialog(page, "Suspend");
    await suspend.confirm("holding it while the source is checked; newcomer journey");
    await suspend.close();
    await expect(instance.heading).toContainText("Suspended");
    await expect(instance.action("Resume")).toBeEnabled();
    await screenshot(page, testInfo, "instance-suspended");
    await instance.action("Resume").click();
    const resume = new ActionDialog(page, "Resume");
    await resume.confirm("source checked; newcomer journey");
    await resume.close();
    await expect(instance.heading).not.toContainText("Suspended");
    await expect(instance.action("Resume")).toBeDisabled();
  });

  await test.step("backfills one node over two past business dates and opens the backfill's DAG", async () => {
    await openPage(page, `${base}/nodes?name=${BACKFILL_NODE}`);
    await expect(page.getByRole("link", { name: BACKFILL_NODE, exact: true }).first()).toBeVisible();
    await screenshot(page, testInfo, "nodes");
    await page.getByRole("link", { name: BACKFILL_NODE, exact: true }).first().click();
    await expect(nodePage.heading(BACKFILL_NODE)).toBeVisible();
    await screenshot(page, testInfo, "node");
    await nodePage.backfill({ from: addDays(currentBizdate, -3), to: addDays(currentBizdate, -2), reason: "statistics job fixed; newcomer journey", expectedDags: 2 });
    await screenshot(page, testInfo, "backfill-started");
    await nodePage.backfillDialog.getByRole("link", { name: `Open ${addDays(currentBizdate, -3)}` }).click();
    await expect(page).toHaveURL(/\/dags\/\d+/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await screenshot(page, testInfo, "backfill-dag");
    await shell.navLink("DAGs").click();
    await expect(page.getByRole("heading", { level: 1, name: "DAGs" })).toBeVisible();
    await screenshot(page, testInfo, "dags");
  });

  await test.step("finds every action in the audit log", async () => {
    await shell.navLink("Audit").click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    await expect(page.getByText("partner released the drop folder lock; newcomer journey").first()).toBeVisible();
    await screenshot(page, testInfo, "audit");
  });

  await test.step("switches to the light theme and back", async () => {
    await openPage(page, `${base}/overview`);
    await expect(overview.heading).toBeVisible();
    await shell.themeOption("Light").click();
    await expect.poll(() => shell.htmlClass()).toContain("light");
    await expect(overview.statusTiles).toBeVisible();
    await screenshot(page, testInfo, "overview-light");
    await shell.themeOption("Dark").click();
    await expect.poll(() => shell.htmlClass()).toContain("dark");
  });

  await test.step("signs out, and a console page asks to sign in again", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    // The server must not still trust the ended session (sessions are confirmed for 2 s per process).
    await openPage(page, `${base}/instances`);
    await expect(page).toHaveURL(/\/login\?next=/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });
});
