import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";

/** The same browser and switches as the end-to-end tests (playwright.config.ts). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Signs in through the login form once; the returned storage state opens signed-in contexts. */
export async function signIn(browser: Browser, consoleUrl: string, credentials: { username: string; password: string }): Promise<{ state: StorageState; landing: string }> {
  const context = await browser.newContext({ baseURL: consoleUrl });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Username").fill(credentials.username);
    await page.getByLabel("Password", { exact: true }).fill(credentials.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/s\/\d+\/p\/\d+\/overview$/, { timeout: 120_000 });
    return { state: await context.storageState(), landing: new URL(page.url()).pathname };
  } finally {
    await context.close();
  }
}

/** A signed-in browser on one console: contexts opened from it carry the session cookie. */
export type BrowserSession = { browser: Browser; consoleUrl: string; state: StorageState };

export const BENCH_VIEWPORT = { width: 1280, height: 900 } as const;

/**
 * tsx compiles the benchmarks with esbuild's keepNames, which wraps named functions in `__name(…)`;
 * functions handed to a page carry those calls, so every page gets a `__name` that does nothing.
 */
const KEEP_NAMES_SHIM = "globalThis.__name = globalThis.__name || ((target) => target);";

/** A page in a fresh context (empty cache), signed in unless `isSignedIn` is false; closed after `work`. */
export async function withPage<T>(session: BrowserSession, work: (page: Page) => Promise<T>, options: { isSignedIn?: boolean } = {}): Promise<T> {
  const context = await session.browser.newContext({
    baseURL: session.consoleUrl,
    viewport: BENCH_VIEWPORT,
    ...(options.isSignedIn === false ? {} : { storageState: session.state }),
  });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}
