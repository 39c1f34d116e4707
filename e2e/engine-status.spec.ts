import { expect, test } from "@playwright/test";
import { EngineStatusPage } from "./pages/engine-status-page";

/** The demo workspace's project, deployed by the engine's first start on an empty database. */
const DEMO_PROJECT = "demo_shop";
/** WCAG AA for normal text. */
const MIN_CONTRAST = 4.5;

test("a newcomer opens the console and sees the engine up with the demo project, in dark and light", async ({ page }, testInfo) => {
  const status = new EngineStatusPage(page);

  await test.step("opens the console", async () => {
    await status.useColorScheme("dark");
    await status.goto();
    await expect(status.heading).toBeVisible();
  });

  await test.step("sees the engine up, where the start script put it", async () => {
    await expect(status.engineState).toHaveText("Engine is up");
    await expect(status.fact("Endpoint")).toHaveText("http://127.0.0.1:3310");
    await expect(status.fact("API version")).toHaveText("2020-05-18");
  });

  await test.step("sees the demo project and its instances", async () => {
    await expect(status.projectRow(DEMO_PROJECT)).toHaveCount(1);
    await expect(status.instanceCounts).toBeVisible();
    await expect(status.instanceTotal()).toHaveText(/^[1-9]\d*$/);
  });

  for (const scheme of ["dark", "light"] as const) {
    await test.step(`reads the page comfortably in the ${scheme} scheme`, async () => {
      await status.useColorScheme(scheme);
      const samples = [status.heading, status.engineState, status.fact("Endpoint"), status.page.getByRole("term").first(), status.projectRow(DEMO_PROJECT)];
      for (const sample of samples) {
        const readability = await status.readabilityOf(sample);
        expect(readability.contrast, `contrast of ${sample} in ${scheme}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        if (scheme === "dark") expect(readability.backgroundLuminance).toBeLessThan(0.1);
        else expect(readability.backgroundLuminance).toBeGreaterThan(0.8);
      }
      const screenshot = await page.screenshot({ path: testInfo.outputPath(`engine-status-${scheme}.png`), fullPage: true });
      await testInfo.attach(`engine status, ${scheme}`, { body: screenshot, contentType: "image/png" });
    });
  }
});
