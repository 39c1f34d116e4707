import { readSecretVariable, type EngineConfig } from "../config";
import { alertingSettingsOf, startAlerting, syncEnvironmentChannel } from "../monitor/alerts/alert-service";
import { EventBus } from "../model/events";
import { raiseAlert } from "../monitor/alerts/raise-alert";
import { createBaselineMonitor } from "../monitor/baselines/monitor-service";
import { loadOrCreateAccessKey } from "../rpc/access-key";
import { createRpcGateway } from "../rpc/gateway";
import { ALL_ACTIONS } from "../rpc/registry";
import { createRpcServer, formatRpcRequestLogLine } from "../rpc/server";
import { realClock } from "../runtime/clock";
import { defaultEngineId } from "../runtime/engine-id";
import { createScheduler } from "../runtime/scheduler";
import { openDatabase } from "../store/database";
import { migrate } from "../store/migrate";
import { refreshDemoIfChanged, seedDemoIfEmpty } from "./first-start";
import { readHealth } from "./health";

/** `engine serve`: runs until SIGINT/SIGTERM; resolves with the exit code. */
export async function serveCommand(config: EngineConfig): Promise<number> {
  const database = await openDatabase(config.DATABASE_URL);
  await migrate(database);
  // Before anything raises alerts (the demo deploy, the baseline monitor): the environment's webhook gets them all.
  await syncEnvironmentChannel(database, alertingSettingsOf(config));
  const accessKey = loadOrCreateAccessKey(config);
  if (accessKey.source === "generated") {
    console.log(`[engine] generated an AccessKey pair for this engine: ${accessKey.path} (mode 0600)`);
  }
  if (config.NIGHTSHIFT_DEMO === "1") {
    const seeded = await seedDemoIfEmpty(database, { now: Date.now() });
    if (seeded) console.log(`[engine] empty database: deployed the demo workspace with ${seeded.historyInstances} instances of history`);
    const refreshed = seeded ? null : await refreshDemoIfChanged(database, { now: Date.now() });
    if (refreshed) console.log(`[engine] the demo workspace changed since it was deployed here: redeployed it (${refreshed.nodesAdded} nodes added, ${refreshed.nodesChanged} changed)`);
  }

  const events = new EventBus();
  const engineId = config.ENGINE_ID ?? defaultEngineId(config.dataDir);
  const scheduler = createScheduler({
    db: database,
    events,
    clock: realClock,
    engineId,
    config: { workDir: config.dataDir },
  });
  const recovery = await scheduler.recover();
  if (recovery.recovered > 0) console.log(`[engine] recovered ${recovery.recovered} instances left running by a previous run`);
  await scheduler.start();
  const alerting = await startAlerting({
    db: database,
    clock: realClock,
    engineId,
    settings: alertingSettingsOf(config),
    secret: (name) => readSecretVariable(name),
    log: (line) => console.log(`[engine] ${line}`),
  });
  const monitor = createBaselineMonitor({ db: database, events, clock: realClock, raiseAlert, log: (message) => console.log(`[engine] ${message}`) });
  await monitor.start();

  const gateway = createRpcGateway({
    db: database,
    events,
    accessKeys: [{ id: accessKey.accessKeyId, secret: accessKey.accessKeySecret }],
    actions: ALL_ACTIONS,
    region: config.ENGINE_REGION,
    maxSkewSeconds: config.ENGINE_MAX_SKEW_SECONDS,
    rateLimitScale: config.ENGINE_RATE_LIMIT_SCALE,
    nonceCacheMaxPerKey: config.ENGINE_NONCE_CACHE_MAX_PER_KEY,
  });
  const server = createRpcServer({
    host: config.ENGINE_HOST,
    port: config.ENGINE_PORT,
    gateway,
    healthInfo: () => readHealth(database, { engineId, startedAt }),
    log: config.ENGINE_REQUEST_LOG === "1" ? (entry) => console.log(`[engine] ${formatRpcRequestLogLine(entry)}`) : undefined,
  });
  const startedAt = Date.now();
  const address = await server.listen();
  console.log(`[engine] listening on http://${address.host}:${address.port} (engine ${engineId}, ${database.dialect})`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`[engine] ${signal}: stopping`);
      try {
        await server.close();
        await alerting.stop();
        await scheduler.stop();
        await database.close();
        resolve(0);
      } catch (error) {
        console.error(`[engine] error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        resolve(1);
      }
    };
    // `on`, not `once`: a repeated signal (npm and timeout pass theirs on) must not kill a clean stop.
    process.on("SIGINT", () => void stop("SIGINT"));
    process.on("SIGTERM", () => void stop("SIGTERM"));
  });
}
