import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive the production build through the real start script, on ports and a data
 * folder of their own (wiped before each run by e2e/support/serve.ts), so they never touch the
 * database of a Nightshift you run on the default ports.
 */
const CONSOLE_PORT = 3300;
const ENGINE_PORT = 3310;
const DATA_DIR = ".data/e2e";

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere (Chrome on macOS, say). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Root needs --no-sandbox; the rest stop Chromium calling home, which a closed network refuses slowly.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  // Not test-results/ itself: Playwright empties its output folder, and Vitest's report lives there.
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: "node --import tsx e2e/support/serve.ts",
    url: `http://127.0.0.1:${CONSOLE_PORT}/`,
    reuseExistingServer: false,
    // A fresh clone builds the console and seeds 14 days of demo history first.
    timeout: 10 * 60_000,
    stdout: "pipe",
    stderr: "pipe",
    // The start script stops both servers on SIGTERM; give the engine time to stop cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: {
      PORT: String(CONSOLE_PORT),
      HOSTNAME: "127.0.0.1",
      ENGINE_PORT: String(ENGINE_PORT),
      ENGINE_HOST: "127.0.0.1",
      NIGHTSHIFT_DATA_DIR: DATA_DIR,
      DATABASE_URL: `file:./${DATA_DIR}/nightshift.db`,
      NIGHTSHIFT_DEMO: "1",
      // The engine this run starts, whatever a developer's shell or .env names.
      ENGINE_URL: `http://127.0.0.1:${ENGINE_PORT}`,
      NIGHTSHIFT_ENGINE_WAIT_SECONDS: "300",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
