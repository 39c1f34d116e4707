/**
 * The engine's RPC endpoint alone, for the round-trip benchmarks: run in its own process so that
 * the benchmark's clients do not share its event loop. Reads its database URL and AccessKey pair
 * from the environment the benchmark sets, listens on a free loopback port and prints
 * `listening <url>` once it accepts requests. Throttling is off (rateLimitScale 0), as
 * ENGINE_RATE_LIMIT_SCALE=0 does for the engine.
 */
import { EventBus } from "../../engine/src/model/events";
import { ALL_ACTIONS } from "../../engine/src/rpc/registry";
import { createRpcGateway } from "../../engine/src/rpc/gateway";
import { createRpcServer } from "../../engine/src/rpc/server";
import { openDatabase } from "../../engine/src/store/database";

const databaseUrl = process.env.BENCH_DATABASE_URL;
const accessKeyId = process.env.BENCH_ACCESS_KEY_ID;
const accessKeySecret = process.env.BENCH_ACCESS_KEY_SECRET;
if (!databaseUrl || !accessKeyId || !accessKeySecret) throw new Error("rpc-server: BENCH_DATABASE_URL, BENCH_ACCESS_KEY_ID and BENCH_ACCESS_KEY_SECRET are required");

const database = await openDatabase(databaseUrl);
const gateway = createRpcGateway({
  db: database,
  events: new EventBus(),
  accessKeys: [{ id: accessKeyId, secret: accessKeySecret }],
  actions: ALL_ACTIONS,
  region: "cn-local",
  rateLimitScale: 0,
});
const server = createRpcServer({ host: "127.0.0.1", port: 0, gateway });
await server.listen();
console.log(`listening ${server.url()}`);

process.once("SIGTERM", () => {
  void server.close().finally(() => database.close().finally(() => process.exit(0)));
});
