import { expect, test } from "@playwright/test";
import { startDtsTestServer } from "../lib/testing/cloud-check-servers";
import { ConnectivityPage } from "./pages/connectivity-page";
import { ConsoleShell } from "./pages/console-shell";

/** The demo's data source with a wrong password (engine/workspaces/demo/connectivity.yaml): root on the local MariaDB. */
const WRONG_PASSWORD_SOURCE = "crm_mysql";

test("a newcomer tests the demo's data sources, sees one fail at login, fixes its password and sees it pass", async ({ page }, testInfo) => {
  // Sign-in, a first cold page and a batch of real connection tests on a shared machine.
  test.setTimeout(180_000);
  const shell = new ConsoleShell(page);
  const connectivity = new ConnectivityPage(page);

  await test.step("signs in and opens Connectivity from the navigation", async () => {
    await shell.signInAsFirstAdmin();
    await shell.navLink("Connectivity").click();
    await expect(page).toHaveURL(/\/s\/\d+\/p\/\d+\/connectivity$/);
    await expect(connectivity.heading).toBeVisible();
    await expect(connectivity.row(WRONG_PASSWORD_SOURCE)).toBeVisible({ timeout: 30_000 });
    // The password is only flagged, never shown.
    await expect(connectivity.row(WRONG_PASSWORD_SOURCE)).toContainText("password stored");
  });

  await test.step("tests all data sources from every resource group; the grid fills in", async () => {
    await connectivity.testAllButton.click();
    await expect(connectivity.matrix).toBeVisible();
    await expect(connectivity.matrixProgress).toHaveText(/^(\d+) of \1 done$/, { timeout: 90_000 });
    await testInfo.attach("test-all matrix", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  });

  await test.step("opens the failing one: reachable, but the login step failed, with advice", async () => {
    await connectivity.matrixResults(WRONG_PASSWORD_SOURCE, "Reachable, configuration error").first().click();
    await expect(connectivity.resultDrawer).toBeVisible();
    await expect(connectivity.resultState()).toHaveAttribute("data-state", "ConfigError");
    await expect(connectivity.failedStep).toContainText("Failed at: Log in");
    await expect(connectivity.failedStep).toContainText("What to check");
    await expect(connectivity.resultDrawer.locator('[data-step-code="tcp_connect"]')).toHaveAttribute("data-outcome", "passed");
    await testInfo.attach("failed at login", { body: await page.screenshot(), contentType: "image/png" });
    await page.keyboard.press("Escape");
    await expect(connectivity.resultDrawer).toBeHidden();
  });

  await test.step("fixes the password (root has none here): the form never shows the stored one", async () => {
    await connectivity.row(WRONG_PASSWORD_SOURCE).getByRole("button", { name: `Edit ${WRONG_PASSWORD_SOURCE}` }).click();
    const form = connectivity.editDialog(WRONG_PASSWORD_SOURCE);
    await expect(form).toBeVisible();
    await expect(form.getByLabel("Password", { exact: true })).toHaveValue("");
    await expect(form.getByLabel("Password", { exact: true })).toHaveAttribute("placeholder", "unchanged");
    await form.getByLabel("No password (clear the stored one)").check();
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form).toBeHidden();
  });

  await test.step("tests it again and sees every step pass", async () => {
    await connectivity.row(WRONG_PASSWORD_SOURCE).getByRole("button", { name: `Test ${WRONG_PASSWORD_SOURCE}` }).click();
    await expect(connectivity.resultDrawer).toBeVisible({ timeout: 30_000 });
    await expect(connectivity.resultState()).toHaveAttribute("data-state", "Connectable");
    await expect(connectivity.failedStep).toHaveCount(0);
    await expect(connectivity.resultDrawer.locator('[data-step-code="protocol_login"]')).toHaveAttribute("data-outcome", "passed");
    await testInfo.attach("connectable after the fix", { body: await page.screenshot(), contentType: "image/png" });
    await page.keyboard.press("Escape");
    await expect(connectivity.row(WRONG_PASSWORD_SOURCE)).toContainText("Connectable");
  });

  await test.step("reads its history: the failed tests, then the one that passed", async () => {
    await connectivity.row(WRONG_PASSWORD_SOURCE).getByRole("button", { name: `History ${WRONG_PASSWORD_SOURCE}` }).click();
    const history = connectivity.historyDrawer(WRONG_PASSWORD_SOURCE);
    await expect(history.getByRole("img", { name: new RegExp(`^Whether ${WRONG_PASSWORD_SOURCE} was reachable`) })).toBeVisible();
    const rows = history.getByRole("table").getByRole("row");
    // Newest first: the passing test, and further down the failures at login.
    await expect(rows.nth(1)).toContainText("Connectable");
    await expect(history.getByRole("table")).toContainText("Reachable, configuration error");
    await expect(history.getByRole("table")).toContainText("Log in");
    await testInfo.attach("history", { body: await page.screenshot(), contentType: "image/png" });
    await page.keyboard.press("Escape");
    await expect(history).toBeHidden();
  });
});

test("an admin adds a DTS endpoint and an operator's check of a sync task shows like any other test", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // A DTS stand-in on 127.0.0.1 that checks the request's signature and answers the reference's example.
  const dts = await startDtsTestServer({ accessKeyId: "LTAIe2eDts", accessKeySecret: "e2e-dts-secret-value" });
  try {
    const shell = new ConsoleShell(page);
    const connectivity = new ConnectivityPage(page);
    await test.step("signs in and opens the other services' checks", async () => {
      await shell.signInAsFirstAdmin();
      await shell.navLink("Connectivity").click();
      await expect(connectivity.heading).toBeVisible();
      await page.getByRole("tab", { name: "Other services' checks" }).click();
      await expect(page).toHaveURL(/connectivity\?tab=checks$/);
    });

    await test.step("adds the DTS endpoint; the secret is not shown again", async () => {
      await page.getByRole("button", { name: "Add service" }).click();
      const form = page.getByRole("dialog", { name: "Add a check service" });
      await form.getByLabel("Name").fill("DTS e2e");
      await form.getByLabel("Endpoint").fill(dts.url);
      await form.getByLabel("Region").fill("cn-hangzhou");
      await form.getByLabel("Access key ID").fill("LTAIe2eDts");
      await form.getByLabel("Secret").fill("e2e-dts-secret-value");
      await form.getByRole("button", { name: "Save" }).click();
      await expect(form).toBeHidden();
      await expect(page.getByRole("table", { name: "Service" })).toContainText("DTS e2e");
      await expect(page.locator("body")).not.toContainText("e2e-dts-secret-value");
    });

    await test.step("checks a source and a destination: connectable, with DTS's failed Ping shown inside", async () => {
      await page.getByRole("row", { name: /DTS e2e/ }).getByRole("button", { name: "Run a check" }).click();
      const check = page.getByRole("region", { name: "Run a check: DTS e2e" });
      await check.getByRole("group", { name: "Source" }).getByLabel("Address").fill("127.0.0.1");
      await check.getByRole("group", { name: "Source" }).getByLabel("Port").fill("3306");
      await check.getByRole("group", { name: "Destination" }).getByLabel("Address").fill("127.0.0.1");
      await check.getByRole("group", { name: "Destination" }).getByLabel("Port").fill("5432");
      await check.getByRole("button", { name: "Run a check" }).click();
      const run = check.getByTestId("connectivity-run");
      await expect(run).toHaveAttribute("data-state", "Connectable");
      await expect(run.getByRole("region", { name: "MySQL 127.0.0.1:3306" })).toContainText("Ping");
      await expect(run.getByRole("region", { name: "MySQL 127.0.0.1:3306" }).locator('[data-outcome="failed"]')).toHaveCount(1);
      await expect(run.getByTestId("tolerated-step")).toContainText("The Ping check failed, but the service still counts this end as connectable.");
      expect(dts.requests.at(-1)?.signatureValid).toBe(true);
      await testInfo.attach("DTS check", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    });
  } finally {
    await dts.close();
  }
});
