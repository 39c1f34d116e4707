import http from "node:http";
import type net from "node:net";
import { runConnectionTests, type TargetResult } from "../../engine/src/connectivity/connection-tests";
import { createDataSource } from "../../engine/src/connectivity/data-sources";
import { BATCH_CONCURRENCY } from "../../engine/src/connectivity/runtime";
import { closedPort, silentListener } from "../../engine/src/connectivity/testing/servers";
import { createTestRuntime } from "../../engine/src/connectivity/testing/test-runtime";
import { createTestDatabase, isServiceReachable } from "../../engine/src/testing/databases";
import type { Benchmark } from "../harness/benchmark";
import { errorFigure, verdictOf, type Figure } from "../harness/figures";
import { summarize } from "../harness/stats";
import { loadAverage } from "../harness/timing";

const GOAL_SECONDS = 11;
const PROJECT_ID = 10_001n;
const GROUP_ID = 20_001n;

type Kind = "live" | "refused" | "silent";
type Plan = { kind: Kind; type: string; content: Record<string, unknown> };

/** An HTTP server on 127.0.0.1 that answers 204: the live target when no database is reachable. */
async function liveHttpServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => response.writeHead(204).end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const connectivityBatchBenchmark: Benchmark = {
  name: "connectivity-batch",
  title: "Batch connection test of 200 targets",
  goal: `A batch of 200 targets (live, refused and silent listeners on 127.0.0.1) completes in at most ${GOAL_SECONDS} s with about ${BATCH_CONCURRENCY} probes at a time and no false timeouts (a healthy target reported unreachable because the batch starved it).`,
  method:
    "`runConnectionTests` (what TestDataSourceConnectivityBatch runs) on a fresh SQLite database with 200 data sources × 1 resource group, the default step limits (connect 3 s, handshake 5 s, deadline 15 s) and a concurrency of " +
    `${BATCH_CONCURRENCY}. Targets, in a fixed shuffled order: 150 live (MariaDB, PostgreSQL and Redis on their usual ports when reachable, and a local HTTP server), 30 refused (a closed port), 20 silent (a listener that accepts and never answers: each costs the 5 s handshake limit). ` +
    "Wall time covers probing and storing the 200 runs with their steps. A false timeout = a live target whose state is not Connectable. `--quick`: 50 targets (5 silent), not judged.",
  run: async (context) => {
    const figures: Figure[] = [];
    try {
      figures.push(...(await runBatch(context.args.isQuick, context.log)));
    } catch (error) {
      figures.push(errorFigure("connectivity-batch", "sqlite", "200-target batch", error, loadAverage()));
    }
    return { figures, notes: [] };
  },
};

async function runBatch(isQuick: boolean, log: (line: string) => void): Promise<Figure[]> {
  const [hasMaria, hasPostgres, hasRedis] = await Promise.all([
    isServiceReachable("MariaDB", "127.0.0.1", 3306).catch(() => false),
    isServiceReachable("PostgreSQL", "127.0.0.1", 5432).catch(() => false),
    isServiceReachable("Redis", "127.0.0.1", 6379).catch(() => false),
  ]);
  const silent = await silentListener();
  const httpServer = await liveHttpServer();
  const refused = await closedPort();
  const database = await createTestDatabase("sqlite");
  try {
    const livePlans: Plan[] = [];
    if (hasMaria) livePlans.push({ kind: "live", type: "mysql", content: { jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: "" } });
    if (hasPostgres) livePlans.push({ kind: "live", type: "postgresql", content: { jdbcUrl: "jdbc:postgresql://127.0.0.1:5432/postgres", username: "postgres" } });
    if (hasRedis) livePlans.push({ kind: "live", type: "redis", content: { address: '["127.0.0.1:6379"]' } });
    livePlans.push({ kind: "live", type: "http", content: { url: `http://127.0.0.1:${httpServer.port}/health` } });
    const total = isQuick ? 50 : 200;
    const silentCount = isQuick ? 5 : 20;
    const refusedCount = isQuick ? 8 : 30;
    const kinds: Kind[] = [...Array<Kind>(silentCount).fill("silent"), ...Array<Kind>(refusedCount).fill("refused")];
    while (kinds.length < total) kinds.push("live");
    // A fixed shuffle (a small LCG), so every run queues the same mix in the same order.
    let seed = 12_345;
    for (let index = kinds.length - 1; index > 0; index -= 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const other = seed % (index + 1);
      [kinds[index], kinds[other]] = [kinds[other] as Kind, kinds[index] as Kind];
    }
    let liveIndex = 0;
    const plans: Plan[] = kinds.map((kind) => {
      if (kind === "silent") return { kind, type: "mysql", content: { jdbcUrl: `jdbc:mysql://127.0.0.1:${silent.port}/x`, username: "u" } };
      if (kind === "refused") return { kind, type: "postgresql", content: { jdbcUrl: `jdbc:postgresql://127.0.0.1:${refused}/x`, username: "u" } };
      liveIndex += 1;
      return livePlans[liveIndex % livePlans.length] as Plan;
    });
    const now = Date.now();
    await database.prisma.project.create({ data: { id: PROJECT_ID, identifier: "bench_space", name: "bench_space", timezone: "UTC", ownerId: "bench", createdAt: BigInt(now), modifiedAt: BigInt(now) } });
    await database.prisma.resourceGroup.create({ data: { id: GROUP_ID, projectId: PROJECT_ID, identifier: "bench_group", name: "bench_group", slots: 4, createdAt: BigInt(now), modifiedAt: BigInt(now) } });
    const runtime = createTestRuntime({ concurrency: BATCH_CONCURRENCY });
    const ids: bigint[] = [];
    for (const [index, plan] of plans.entries()) {
      ids.push(await createDataSource(database, runtime, { projectId: PROJECT_ID, name: `ds_${index}_${plan.kind}`, description: "", dataSourceType: plan.type, envType: 1, content: plan.content, operator: "bench" }, now));
    }
    const count = (kind: Kind) => plans.filter((plan) => plan.kind === kind).length;
    log(`connectivity-batch: ${plans.length} targets (${count("live")} live on ${livePlans.map((plan) => plan.type).join("/")}, ${count("refused")} refused, ${count("silent")} silent)`);

    const startedAt = performance.now();
    const { results } = await runConnectionTests(
      database,
      runtime,
      ids.map((dataSourceId) => ({ dataSourceId, resourceGroupId: GROUP_ID })),
      { kind: "batch", operator: "bench", requestId: "bench", rateLimitKey: "bench", now: Date.now() },
    );
    const seconds = (performance.now() - startedAt) / 1000;
    const load = loadAverage();
    const kindOf = (result: TargetResult) => (plans[ids.indexOf(result.dataSourceId)] as Plan).kind;
    const live = results.filter((result) => kindOf(result) === "live");
    const falseTimeouts = live.filter((result) => result.result.state !== "Connectable");
    const wrongVerdicts = results.filter((result) => kindOf(result) !== "live" && result.result.state !== "Unreachable");
    const durations = (kind: Kind) => results.filter((result) => kindOf(result) === kind).map((result) => result.result.finishedAt - result.result.startedAt);
    const liveSummary = summarize(durations("live"));
    log(`connectivity-batch: ${seconds.toFixed(2)} s, ${falseTimeouts.length} false timeouts, live p50 ${liveSummary.p50.toFixed(1)} ms p95 ${liveSummary.p95.toFixed(1)} ms`);
    for (const result of falseTimeouts.slice(0, 3)) log(`  false timeout: ${result.dataSourceName}: ${result.result.message ?? ""}`);
    const isMet = seconds <= GOAL_SECONDS && falseTimeouts.length === 0 && wrongVerdicts.length === 0;
    return [
      {
        benchmark: "connectivity-batch",
        store: "sqlite",
        subject: `${results.length}-target batch (${count("live")} live, ${count("refused")} refused, ${count("silent")} silent), wall time`,
        measured: { value: seconds, unit: "s", detail: `concurrency ${BATCH_CONCURRENCY}` },
        goal: verdictOf({ text: `≤ ${GOAL_SECONDS} s, 0 false timeouts, refused/silent all Unreachable`, isMet }, isQuick),
        load,
        note: `${falseTimeouts.length} false timeouts of ${live.length} live targets; ${wrongVerdicts.length} refused/silent targets not Unreachable; live targets on ${livePlans.map((plan) => plan.type).join(", ")}`,
      },
      { benchmark: "connectivity-batch", store: "sqlite", subject: "live target, test duration", measured: { value: liveSummary.p95, unit: "ms", distribution: liveSummary }, load },
      { benchmark: "connectivity-batch", store: "sqlite", subject: "silent target, test duration", measured: { value: summarize(durations("silent")).p95, unit: "ms", distribution: summarize(durations("silent")) }, load },
      { benchmark: "connectivity-batch", store: "sqlite", subject: "refused target, test duration", measured: { value: summarize(durations("refused")).p95, unit: "ms", distribution: summarize(durations("refused")) }, load },
    ];
  } finally {
    await silent.close();
    await httpServer.close();
    await database.drop();
  }
}
