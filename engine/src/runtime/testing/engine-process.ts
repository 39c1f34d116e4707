/**
 * A bare engine process for crash tests: opens the database, recovers, runs the scheduler with the
 * real clock until SIGTERM/SIGINT. Prints one JSON line `{"ready":true,"recovery":{…}}` once
 * recovery is done and the loop has started.
 *
 *   node --import tsx engine/src/runtime/testing/engine-process.ts '{"databaseUrl":"file:…","engineId":"…","workDir":"…"}'
 */
import { z } from "zod";
import { EventBus } from "../../model/events";
import { openDatabase } from "../../store/database";
import { realClock } from "../clock";
import { createScheduler } from "../scheduler";

const ZArguments = z.object({
  databaseUrl: z.string().min(1),
  engineId: z.string().min(1),
  workDir: z.string().min(1),
  tickMs: z.number().int().positive().default(200),
  heartbeatMs: z.number().int().positive().default(1_000),
  staleClaimMs: z.number().int().positive().default(10_000),
});

const parameters = ZArguments.parse(JSON.parse(process.argv[2] ?? "{}"));
const database = await openDatabase(parameters.databaseUrl);
const scheduler = createScheduler({
  db: database,
  events: new EventBus(),
  clock: realClock,
  engineId: parameters.engineId,
  config: { workDir: parameters.workDir, tickMs: parameters.tickMs, heartbeatMs: parameters.heartbeatMs, staleClaimMs: parameters.staleClaimMs },
});
const recovery = await scheduler.recover();
await scheduler.start();
console.log(JSON.stringify({ ready: true, recovery: { ...recovery, instanceIds: recovery.instanceIds.map(String) } }));

async function shutdown(): Promise<void> {
  await scheduler.stop();
  await database.close();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown());
process.once("SIGINT", () => void shutdown());
