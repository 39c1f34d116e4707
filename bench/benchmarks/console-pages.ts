import zlib from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import type { Benchmark, BenchContext } from "../harness/benchmark";
import { launchChromium, signIn, withPage as withBrowserPage, type StorageState } from "../harness/chromium";
import { startConsoleServer, type ConsoleServer } from "../harness/console-server";
import { errorFigure, ratioOf, verdictOf, type Figure } from "../harness/figures";
import { formatNumber } from "../harness/format";
import { median, summarize } from "../harness/stats";
import { loadAverage } from "../harness/timing";
import { HYDRATED_MARK } from "@/components/shell/hydration-mark";

const NAME = "console-pages";
const CONSOLE_PORT = 3360;
const ENGINE_PORT = 3370;
const GOALS = { jsKb: 220, firstRowMs: 1_000, inpMs: 200, frameMs: 50 } as const;

export const consolePagesBenchmark: Benchmark = {
  name: NAME,
  title: "Console pages in Chromium (production build)",
  goal:
    `Instances page: at most ${GOALS.jsKb} kB of compressed JS, first table row under ${GOALS.firstRowMs / 1000} s, interaction to next paint at most ${GOALS.inpMs} ms on a filter click; ` +
    `and the instance table shows and scrolls 1,000 rows with no frame over ${GOALS.frameMs} ms. Graph panning is measured in \`console-graph\`.`,
  method:
    "`npm start` on ports of its own (production build, the demo workspace with its 14 days of history, the engine running today's schedule live) and Debian's Chromium driven by Playwright at 1280×900, signed in as the first admin. " +
    "**JS**: every script the instances page loads until its first row shows (network log), each compressed with gzip (level 6, as `next start` serves it) and with brotli; reference: the sign-in page, the barest page of the same build. " +
    "**First row**: a fresh browser context (empty cache) opens the instances page; a MutationObserver installed before any script records `performance.now()` (from navigation start) when the first row with a link is in the table (the server renders the page with its first page of instances); 5 loads, median and worst; reference: when the HTML document was received (Navigation Timing); the detail adds when the page was hydrated (interactive). " +
    "**INP**: a PerformanceObserver for `event` entries (durationThreshold 16 ms) on the loaded page; the Failed status filter is toggled 10 times, each click waiting for its list; the figure is the worst interaction (INP for fewer than 50 interactions); reference: 10 clicks on the local “More filters” toggle of the same page. " +
    "**1,000 rows**: the UI's page sizes stop at 100, so 1,000 rows are shown as 10 pages of 100: each page is scrolled to its end and the next opened; a `long-animation-frame` observer reports every frame over 50 ms, those that began before the page had loaded (hydrated, and its start-up requests settled: Playwright's network idle) counted apart; reference: the same on one page of 25 rows.",
  run: async (context) => {
    let server: ConsoleServer | undefined;
    let browser: Browser | undefined;
    try {
      server = await startConsoleServer({ consolePort: CONSOLE_PORT, enginePort: ENGINE_PORT, dataDirName: "bench-console", log: context.log });
      browser = await launchChromium();
      const { state, landing } = await signIn(browser, server.url, server.credentials);
      const workspacePath = landing.replace(/\/overview$/, "");
      return await measurePages(context, { server, browser, state, workspacePath });
    } catch (error) {
      const tail = server ? `\n${server.output().slice(-1_500)}` : "";
      return { figures: [errorFigure(NAME, null, "console pages", error instanceof Error ? new Error(error.message + tail) : error, loadAverage())], notes: [] };
    } finally {
      await browser?.close();
      await server?.stop();
    }
  },
};

type Session = { server: ConsoleServer; browser: Browser; state: StorageState; workspacePath: string };

function withPage<T>(session: Session, work: (page: Page) => Promise<T>, options: { isSignedIn?: boolean } = {}): Promise<T> {
  return withBrowserPage({ browser: session.browser, consoleUrl: session.server.url, state: session.state }, work, options);
}

async function measurePages(context: BenchContext, session: Session): Promise<{ figures: Figure[]; notes: string[] }> {
  const isQuick = context.args.isQuick;
  const figures: Figure[] = [];
  const notes: string[] = [""];
  const attempt = async (subject: string, measure: () => Promise<void>) => {
    try {
      await measure();
    } catch (error) {
      figures.push(errorFigure(NAME, null, subject, error, loadAverage()));
    }
  };

  await attempt("instances page JS", async () => {
    const instances = await scriptsOfPage(session, `${session.workspacePath}/instances`, true);
    const login = await scriptsOfPage(session, "/login", false);
    context.log(`${NAME}: instances page loads ${instances.count} scripts`);
    figures.push({
      benchmark: NAME,
      store: null,
      subject: "instances page: compressed JS (gzip)",
      measured: { value: instances.gzipBytes / 1000, unit: "kB", detail: `${instances.count} scripts; brotli ${formatNumber(instances.brotliBytes / 1000)} kB; ${formatNumber(instances.rawBytes / 1000)} kB uncompressed` },
      reference: { value: login.gzipBytes / 1000, unit: "kB", subject: `sign-in page, same build (${login.count} scripts, brotli ${formatNumber(login.brotliBytes / 1000)} kB)` },
      ratio: ratioOf(instances.gzipBytes, login.gzipBytes, "instances ÷ sign-in"),
      goal: verdictOf({ text: `≤ ${GOALS.jsKb} kB`, isMet: instances.gzipBytes / 1000 <= GOALS.jsKb }, isQuick),
      load: loadAverage(),
    });
  });

  await attempt("instances page first row", async () => {
    const loads = isQuick ? 2 : 5;
    const rowMs: number[] = [];
    const hydratedMs: number[] = [];
    const listRequests: number[] = [];
    const scriptsDoneMs: number[] = [];
    const documentMs: number[] = [];
    for (let index = 0; index < loads; index++) {
      const sample = await firstRowLoad(session);
      rowMs.push(sample.firstRowMs);
      hydratedMs.push(sample.hydratedMs);
      listRequests.push(sample.listRequests);
      scriptsDoneMs.push(sample.scriptsEndMs);
      documentMs.push(sample.documentEndMs);
    }
    const rows = summarize(rowMs);
    figures.push({
      benchmark: NAME,
      store: null,
      subject: `instances page: first table row, cold cache (median of ${loads} loads)`,
      measured: {
        value: median(rowMs),
        unit: "ms",
        detail:
          `worst ${formatNumber(rows.max)} ms, best ${formatNumber(rows.min)} ms; medians from navigation start: HTML received ${formatNumber(median(documentMs))} ms, scripts loaded ${formatNumber(median(scriptsDoneMs))} ms, ` +
          `hydrated ${formatNumber(median(hydratedMs))} ms; list requests from the browser before the first row: ${Math.max(...listRequests)}`,
      },
      reference: { value: median(documentMs), unit: "ms", subject: "the HTML document received (Navigation Timing)" },
      ratio: ratioOf(median(rowMs), median(documentMs), "first row ÷ HTML in"),
      goal: verdictOf({ text: `< ${GOALS.firstRowMs} ms`, isMet: median(rowMs) < GOALS.firstRowMs }, isQuick),
      load: loadAverage(),
    });
  });

  await attempt("instances page INP", async () => {
    const clicks = isQuick ? 4 : 10;
    const { filter, local } = await filterInteractions(session, clicks);
    const filterSummary = summarize(filter);
    const localSummary = summarize(local);
    figures.push({
      benchmark: NAME,
      store: null,
      subject: `instances page: interaction to next paint, Failed filter toggled ${clicks} times`,
      measured: { value: filterSummary.max, unit: "ms", detail: `worst of ${filter.length} interactions; median ${formatNumber(filterSummary.p50)} ms` },
      reference: { value: localSummary.max, unit: "ms", subject: `“More filters” toggle, worst of ${local.length}` },
      ratio: ratioOf(filterSummary.max, localSummary.max, "filter ÷ local toggle"),
      goal: verdictOf({ text: `≤ ${GOALS.inpMs} ms`, isMet: filterSummary.max <= GOALS.inpMs }, isQuick),
      load: loadAverage(),
    });
  });

  await attempt("instance table 1,000 rows", async () => {
    const pages = isQuick ? 2 : 10;
    const large = await tableFrames(session, 100, pages);
    const small = await tableFrames(session, 25, 1);
    // The Long Animation Frames API reports only frames over 50 ms: the figure is how many there were, and the longest of them.
    const longest = (frames: { longestMs: number; overBudget: number }) => (frames.overBudget > 0 ? `longest ${formatNumber(frames.longestMs)} ms` : `none reported`);
    figures.push({
      benchmark: NAME,
      store: null,
      subject: `instance table: ${pages * 100} rows shown and scrolled (${pages} pages of 100), animation frames over ${GOALS.frameMs} ms once the table shows`,
      measured: {
        value: large.overBudget,
        unit: "frames",
        detail: `${longest(large)}; while the page loaded (hydration, start-up requests): ${large.loadingOverBudget} over ${GOALS.frameMs} ms, ${longest({ longestMs: large.loadingLongestMs, overBudget: large.loadingOverBudget })}`,
      },
      reference: { value: small.overBudget, unit: "frames", subject: `one page of 25 rows, the same way (${longest(small)})` },
      goal: verdictOf({ text: `no frame > ${GOALS.frameMs} ms`, isMet: large.overBudget === 0 }, isQuick),
      load: loadAverage(),
    });
    if (large.worstShown.length > 0) notes.push(`Longest frames once the 1,000-row run's table showed: ${large.worstShown.join(" · ")}.`);
    if (large.worstLoading.length > 0) notes.push(`Longest frames while its first page loaded: ${large.worstLoading.join(" · ")}.`);
  });

  return { figures, notes };
}

const FIRST_ROW = 'table[aria-label="Instances"] tbody tr a[href*="/instances/"]';
/** Set by components/shell/hydration-mark.tsx once React has hydrated the page. */
const HYDRATED = "html[data-hydrated]";

/** Every script the page loads until it is ready (the first row for the instances page), compressed. */
async function scriptsOfPage(session: Session, pagePath: string, waitForRows: boolean) {
  // The sign-in page is seen signed out (signed in, it sends you on).
  return withPage(session, async (page) => {
    const bodies = new Map<string, Promise<Buffer | null>>();
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      bodies.set(response.url(), response.body().catch(() => null));
    });
    await page.goto(pagePath);
    if (waitForRows) await page.locator(FIRST_ROW).first().waitFor({ timeout: 60_000 });
    else await page.getByRole("button", { name: "Sign in" }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle").catch(() => undefined);
    let rawBytes = 0;
    let gzipBytes = 0;
    let brotliBytes = 0;
    for (const body of await Promise.all(bodies.values())) {
      if (!body) continue;
      rawBytes += body.length;
      gzipBytes += zlib.gzipSync(body, { level: 6 }).length;
      brotliBytes += zlib.brotliCompressSync(body).length;
    }
    return { count: bodies.size, rawBytes, gzipBytes, brotliBytes };
  }, { isSignedIn: waitForRows });
}

async function firstRowLoad(session: Session): Promise<{ firstRowMs: number; hydratedMs: number; listRequests: number; scriptsEndMs: number; documentEndMs: number }> {
  return withPage(session, async (page) => {
    await page.addInitScript((selector) => {
      const record = () => {
        if ((window as unknown as { __firstRowAt?: number }).__firstRowAt !== undefined) return true;
        if (!document.querySelector(selector)) return false;
        (window as unknown as { __firstRowAt?: number }).__firstRowAt = performance.now();
        return true;
      };
      const observer = new MutationObserver(() => {
        if (record()) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, FIRST_ROW);
    await page.goto(`${session.workspacePath}/instances`);
    await page.locator(FIRST_ROW).first().waitFor({ timeout: 60_000 });
    await page.locator(HYDRATED).waitFor({ state: "attached", timeout: 60_000 });
    return page.evaluate((mark) => {
      const firstRowMs = (window as unknown as { __firstRowAt?: number }).__firstRowAt ?? Number.NaN;
      const listRequests = performance
        .getEntriesByType("resource")
        .filter((entry) => /\/api\/s\/\d+\/p\/\d+\/instances(\?|$)/.test(entry.name) && entry.startTime < firstRowMs).length;
      const hydratedMs = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
      const scripts = performance.getEntriesByType("resource").filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script");
      const scriptsEndMs = scripts.length > 0 ? Math.max(...scripts.map((entry) => (entry as PerformanceResourceTiming).responseEnd)) : Number.NaN;
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return { firstRowMs, hydratedMs, listRequests, scriptsEndMs, documentEndMs: navigation?.responseEnd ?? Number.NaN };
    }, HYDRATED_MARK);
  });
}

async function filterInteractions(session: Session, clicks: number): Promise<{ filter: number[]; local: number[] }> {
  return withPage(session, async (page) => {
    await page.goto(`${session.workspacePath}/instances`);
    await page.locator(FIRST_ROW).first().waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const store = ((window as unknown as { __interactions: Map<number, number> }).__interactions = new Map());
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
          if (!entry.interactionId) continue;
          store.set(entry.interactionId, Math.max(store.get(entry.interactionId) ?? 0, entry.duration));
        }
      }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const takeInteractions = () =>
      page.evaluate(async () => {
        // Event entries are delivered after the next paint: give the observer two frames.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const store = (window as unknown as { __interactions: Map<number, number> }).__interactions;
        const values = [...store.values()];
        store.clear();
        return values;
      });
    const failed = page.getByRole("form", { name: "Filters" }).getByRole("group", { name: "Status" }).getByRole("button", { name: "Failed", exact: true });
    for (let index = 0; index < clicks; index++) {
      const wasPressed = (await failed.getAttribute("aria-pressed")) === "true";
      const listed = page.waitForResponse((response) => /\/api\/s\/\d+\/p\/\d+\/instances\?/.test(response.url()), { timeout: 60_000 }).catch(() => null);
      await failed.click();
      await listed;
      await page.locator(`form[aria-label="Filters"] button[aria-pressed="${String(!wasPressed)}"]`, { hasText: "Failed" }).waitFor();
    }
    const filter = await takeInteractions();
    const more = page.getByRole("form", { name: "Filters" }).getByRole("button", { name: /^(More|Fewer) filters$/ });
    for (let index = 0; index < clicks; index++) {
      const expanded = await more.getAttribute("aria-expanded");
      await more.click();
      await page.waitForFunction((before) => document.querySelector('form[aria-label="Filters"] button[aria-expanded]')?.getAttribute("aria-expanded") !== before, expanded);
    }
    const local = await takeInteractions();
    // A click shorter than the 16 ms threshold produces no entry: count it as 16 ms at most.
    const pad = (values: number[], count: number) => [...values, ...new Array<number>(Math.max(0, count - values.length)).fill(16)];
    return { filter: pad(filter, clicks), local: pad(local, clicks) };
  });
}

type LongFrame = { startTime: number; duration: number; scripts: string[] };

/**
 * Long animation frames while a table of `pageSize` rows is shown and scrolled, `pages` pages in a
 * row. Frames that began before the page had loaded (hydration and its start-up requests) are
 * counted apart: the goal is about the table once it shows.
 */
async function tableFrames(session: Session, pageSize: number, pages: number) {
  return withPage(session, async (page) => {
    await page.addInitScript(() => {
      const frames: LongFrame[] = ((window as unknown as { __frames: LongFrame[] }).__frames = []);
      const supported = PerformanceObserver.supportedEntryTypes.includes("long-animation-frame");
      new PerformanceObserver((list) => {
        type ScriptTiming = { sourceURL?: string; sourceFunctionName?: string; invoker?: string; duration: number };
        for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: ScriptTiming[] })[]) {
          const scripts = (entry.scripts ?? [])
            .sort((left, right) => right.duration - left.duration)
            .slice(0, 2)
            .map((script) => `${script.invoker ?? "?"} in ${script.sourceFunctionName || "(anonymous)"} of ${(script.sourceURL ?? "").split("/").pop() || "?"}, ${Math.round(script.duration)} ms`);
          frames.push({ startTime: entry.startTime, duration: entry.duration, scripts });
        }
      }).observe({ type: supported ? "long-animation-frame" : "longtask", buffered: true });
    });
    await page.goto(`${session.workspacePath}/instances?pageSize=${pageSize}`);
    await page.locator(FIRST_ROW).first().waitFor({ timeout: 60_000 });
    await page.locator(HYDRATED).waitFor({ state: "attached", timeout: 60_000 });
    // Loaded: hydrated, and the requests the page makes as it starts have settled (as a reader would start to scroll).
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const shownAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
    for (let index = 0; index < pages; index++) {
      const rows = page.locator('table[aria-label="Instances"] tbody tr');
      await page.locator(FIRST_ROW).first().waitFor({ timeout: 60_000 });
      const firstHref = await page.locator(FIRST_ROW).first().getAttribute("href");
      // Scroll down through the page the way a wheel does, then back to the pager.
      // Wheel events go to the element under the pointer: rest it on the table, or they scroll nothing.
      const table = await page.locator('table[aria-label="Instances"]').boundingBox();
      if (!table) throw new Error("the instances table has no box to scroll");
      await page.mouse.move(table.x + table.width / 2, table.y + Math.min(table.height / 2, 200));
      for (let step = 0; step < 12; step++) await page.mouse.wheel(0, 400);
      await rows.last().scrollIntoViewIfNeeded();
      if (index + 1 < pages) {
        // A CSS locator: a role query computes accessible names over the whole page on its main thread,
        // which would show up as the page's own long frames.
        await page.locator('nav[aria-label^="Page "] button', { hasText: "Next page" }).click();
        await page.waitForFunction(
          ([selector, before]) => document.querySelector(selector)?.getAttribute("href") !== before && !document.querySelector('[aria-busy="true"]'),
          [FIRST_ROW, firstHref] as const,
          { timeout: 60_000 },
        );
      }
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const frames = await page.evaluate(() => (window as unknown as { __frames: LongFrame[] }).__frames);
    const shown = frames.filter((frame) => frame.startTime >= shownAt);
    const loading = frames.filter((frame) => frame.startTime < shownAt);
    const longestOf = (list: LongFrame[]) => list.reduce((max, frame) => Math.max(max, frame.duration), 0);
    const describe = (list: LongFrame[]) =>
      [...list]
        .sort((left, right) => right.duration - left.duration)
        .slice(0, 3)
        .filter((frame) => frame.duration > GOALS.frameMs)
        .map((frame) => `${Math.round(frame.duration)} ms at ${Math.round(frame.startTime)} ms (${frame.scripts.join("; ") || "no script attributed"})`);
    return {
      longestMs: longestOf(shown),
      overBudget: shown.filter((frame) => frame.duration > GOALS.frameMs).length,
      loadingLongestMs: longestOf(loading),
      loadingOverBudget: loading.filter((frame) => frame.duration > GOALS.frameMs).length,
      worstShown: describe(shown),
      worstLoading: describe(loading),
    };
  });
}
