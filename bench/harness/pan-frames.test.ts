import fs from "node:fs";
import type { Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_VIEWPORT, launchChromium } from "./chromium";
import { panFrameIntervals } from "./pan-frames";

const hasChromium = fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
if (!hasChromium && process.env.REQUIRE_SERVICES === "1") throw new Error("Chromium is required (REQUIRE_SERVICES=1) but /usr/bin/chromium is missing");

describe.skipIf(!hasChromium)("panFrameIntervals", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("records each frame once across the three drags (no interval of 0 ms from a second frame chain)", async () => {
    const page = await browser.newPage({ viewport: BENCH_VIEWPORT });
    await page.setContent('<div style="width:100vw;height:100vh"></div>');
    const { restIntervals, panIntervals } = await panFrameIntervals(page, { x: 0, y: 0, width: 800, height: 600 });
    expect(restIntervals.length).toBeGreaterThan(30);
    // Three drags of 60 steps each on an idle page: well over 60 frames.
    expect(panIntervals.length).toBeGreaterThan(60);
    expect(Math.min(...panIntervals)).toBeGreaterThan(1);
    expect(Math.min(...restIntervals)).toBeGreaterThan(1);
  });
});
