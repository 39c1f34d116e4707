import type { Benchmark, BenchContext } from "../harness/benchmark";
import { allowConsoleServerModules } from "../harness/console-modules";
import { errorFigure, ratioOf, verdictOf, type Figure } from "../harness/figures";
import { formatNumber } from "../harness/format";
import { summarize, type LatencySummary } from "../harness/stats";
import { loadAverage } from "../harness/timing";

const GOAL_MS = 6;
const NAME = "console-routes";

export const consoleRoutesBenchmark: Benchmark = {
  name: NAME,
  title: "Console route handler overhead",
  goal: `A console route handler adds at most ${GOAL_MS} ms at p95 to the data-service call it makes.`,
  method:
    "The real route handlers (`GET …/instances` for a page of 50 rows, `GET …/instances/{id}`) are called in-process with a real `Request` carrying a viewer's session cookie, " +
    "as Next calls them, against a real engine (the demo workspace, over signed HTTP on loopback) and a migrated SQLite console database. " +
    "`DataWorksClient.call` is wrapped to time every upstream call the handler makes (signing, HTTP, the engine's work, zod parsing of the answer); " +
    "**measured** = handler time (to the end of the response body) − upstream time, per request: session and role check, validation, mapping, caches, JSON. " +
    "**Reference** = the upstream time of the same requests. Warm-up, then sequential requests; p95 reported. " +
    "Beside it, the CPU the overhead took in this process (`process.cpuUsage` over the request minus over its upstream calls): wall time on a loaded machine includes waiting for a core, CPU time does not.",
  run: async (context) => {
    try {
      return await measureRoutes(context);
    } catch (error) {
      return { figures: [errorFigure(NAME, null, "route handlers", error, loadAverage())], notes: [] };
    }
  },
};

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function measureRoutes(context: BenchContext): Promise<{ figures: Figure[]; notes: string[] }> {
  allowConsoleServerModules();
  const testing = await import("@/lib/testing");
  const { DataWorksClient } = await import("@/lib/server/upstream/dataworks-client");
  const listRoute = (await import("@/app/api/s/[serviceId]/p/[projectId]/instances/route")) as { GET: RouteHandler };
  const detailRoute = (await import("@/app/api/s/[serviceId]/p/[projectId]/instances/[instanceId]/route")) as { GET: RouteHandler };
  const { getActorFromRequest } = await import("@/lib/server/auth/get-actor");
  const { ZInstanceListPage } = await import("@/lib/contracts/instances");

  const isQuick = context.args.isQuick;
  const repeat = isQuick ? { warmup: 5, iterations: 30 } : { warmup: 30, iterations: 300 };
  const consoleDb = await testing.createTestConsoleDb();
  const engine = await testing.startTestEngine({ demo: true, startTimeoutMs: 300_000 });
  // Every upstream call of the handler is timed; calls overlap only within one request, so the
  // sum is bounded by the wall time spent waiting on the data service.
  let upstreamMs = 0;
  let upstreamCpuMs = 0;
  const originalCall = DataWorksClient.prototype.call;
  DataWorksClient.prototype.call = async function timedCall(this: InstanceType<typeof DataWorksClient>, ...args: Parameters<typeof originalCall>) {
    const startedAt = performance.now();
    const cpuAtStart = cpuMs();
    try {
      return await originalCall.apply(this, args);
    } finally {
      upstreamMs += performance.now() - startedAt;
      upstreamCpuMs += cpuMs() - cpuAtStart;
    }
  } as typeof originalCall;
  try {
    const serviceId = String(await testing.createTestDataService(engine));
    const viewer = await testing.createTestActor("viewer");
    const projectId = "10000";
    const base = `/api/s/${serviceId}/p/${projectId}`;
    context.log(`${NAME}: engine up at ${engine.url}`);

    const listPage = await testing.readResponse<{ data: { items: { instanceId: string }[] } }>(
      await listRoute.GET(testing.testRequest(`${base}/instances?pageSize=50`, { as: viewer }), testing.routeParams({ serviceId, projectId })),
    );
    if (listPage.status !== 200 || listPage.body.data.items.length === 0) throw new Error(`the instance list answered ${listPage.status} with no rows`);
    const instanceIds = listPage.body.data.items.map((item) => item.instanceId);

    const timeRequest = async (call: () => Promise<Response>) => {
      upstreamMs = 0;
      upstreamCpuMs = 0;
      const cpuAtStart = cpuMs();
      const startedAt = performance.now();
      const response = await call();
      await response.text();
      const totalMs = performance.now() - startedAt;
      const totalCpuMs = cpuMs() - cpuAtStart;
      if (response.status !== 200) throw new Error(`a measured request answered ${response.status}`);
      return { overheadMs: totalMs - upstreamMs, upstreamMs, overheadCpuMs: totalCpuMs - upstreamCpuMs };
    };
    const measure = async (label: string, call: (iteration: number) => Promise<Response>) => {
      for (let index = 0; index < repeat.warmup; index++) await timeRequest(() => call(index));
      const overhead: number[] = [];
      const upstream: number[] = [];
      const overheadCpu: number[] = [];
      for (let index = 0; index < repeat.iterations; index++) {
        const sample = await timeRequest(() => call(index));
        overhead.push(sample.overheadMs);
        upstream.push(sample.upstreamMs);
        overheadCpu.push(sample.overheadCpuMs);
      }
      context.log(`${NAME}: ${label} done`);
      return { overhead: summarize(overhead), upstream: summarize(upstream), overheadCpu: summarize(overheadCpu) };
    };

    const list = await measure("instance list", () =>
      listRoute.GET(testing.testRequest(`${base}/instances?pageSize=50`, { as: viewer }), testing.routeParams({ serviceId, projectId })),
    );
    const detail = await measure("instance detail", (iteration) => {
      const instanceId = instanceIds[iteration % instanceIds.length]!;
      return detailRoute.GET(testing.testRequest(`${base}/instances/${instanceId}`, { as: viewer }), testing.routeParams({ serviceId, projectId, instanceId }));
    });

    // Two parts of every request, timed alone, to say where the overhead goes.
    const sessionMs: number[] = [];
    const validationMs: number[] = [];
    const listBody = (listPage.body as { data: unknown }).data;
    for (let index = 0; index < repeat.warmup + repeat.iterations; index++) {
      const request = testing.testRequest(`${base}/instances?pageSize=50`, { as: viewer });
      const sessionStart = performance.now();
      await getActorFromRequest(request);
      const validationStart = performance.now();
      ZInstanceListPage.parse(listBody);
      const done = performance.now();
      if (index < repeat.warmup) continue;
      sessionMs.push(validationStart - sessionStart);
      validationMs.push(done - validationStart);
    }
    const session = summarize(sessionMs);
    const validation = summarize(validationMs);

    const figures = [
      overheadFigure("GET /api/s/…/instances (page of 50): handler − upstream", list, "ListInstances over signed HTTP to the engine", isQuick),
      overheadFigure("GET /api/s/…/instances/{id}: handler − upstream", detail, "GetInstance (+ its node, waiting reason) over signed HTTP", isQuick),
    ];
    const notes = [
      "",
      `Where the overhead goes, each part timed alone over the same number of calls: the session and role lookup (\`getActorFromRequest\`, one query on the console database) ` +
        `p50 ${formatNumber(session.p50)} / p95 ${formatNumber(session.p95)} ms; zod validation of a 50-row list answer (\`ZInstanceListPage\`) p50 ${formatNumber(validation.p50)} / p95 ${formatNumber(validation.p95)} ms.`,
      `Whole handler time for comparison: list p95 ${formatNumber(list.overhead.p95 + list.upstream.p95)} ms at most (overhead p95 + upstream p95), ` +
        `detail p95 ${formatNumber(detail.overhead.p95 + detail.upstream.p95)} ms at most. The engine runs the demo workspace live meanwhile (its nightly catch-up shares the 2 cores).`,
    ];
    return { figures, notes };
  } finally {
    DataWorksClient.prototype.call = originalCall;
    await engine.stop();
    await consoleDb.close();
  }
}

/** CPU time this process has used (user + system), in ms: unlike wall time, it does not grow while waiting for a core. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function overheadFigure(subject: string, samples: { overhead: LatencySummary; upstream: LatencySummary; overheadCpu: LatencySummary }, referenceSubject: string, isQuick: boolean): Figure {
  return {
    benchmark: NAME,
    store: null,
    subject,
    measured: {
      value: samples.overhead.p95,
      unit: "ms",
      distribution: samples.overhead,
      detail: `CPU of the overhead p50 ${formatNumber(samples.overheadCpu.p50)} / p95 ${formatNumber(samples.overheadCpu.p95)} ms`,
    },
    reference: { value: samples.upstream.p95, unit: "ms", distribution: samples.upstream, subject: `upstream time of the same requests: ${referenceSubject}` },
    ratio: ratioOf(samples.overhead.p95, samples.upstream.p95, "overhead ÷ upstream"),
    goal: verdictOf({ text: `≤ ${GOAL_MS} ms p95`, isMet: samples.overhead.p95 <= GOAL_MS }, isQuick),
    load: loadAverage(),
  };
}
