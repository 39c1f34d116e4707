import net from "node:net";
import { connectivityRuntime, type ConnectivityRuntime } from "../connectivity/runtime";
import type { Database } from "../store/database";
import { findDataSourceByName, updateDataSource } from "../store/queries/connectivity/data-sources";

/** The demo data source whose password is wrong on purpose, and the wrong password it gets. */
export const DEMO_WRONG_PASSWORD_SOURCE = "crm_mysql";
const DEMO_WRONG_PASSWORD = "not-the-password";

const DEMO_SERVICES = [
  { name: "MariaDB/MySQL", port: 3306 },
  { name: "PostgreSQL", port: 5432 },
  { name: "Redis", port: 6379 },
  { name: "Kafka", port: 9092 },
  { name: "MongoDB", port: 27017 },
];

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port, timeout: 500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/**
 * After the demo workspace is deployed: seals a wrong password into crm_mysql (so the console's
 * journey has one to fix) and says which of the demo's databases answer on 127.0.0.1.
 */
export async function seedDemoConnectivity(db: Database, projectId: bigint, runtime: ConnectivityRuntime = connectivityRuntime()): Promise<string> {
  const record = await findDataSourceByName(db, { projectId, envType: 1, name: DEMO_WRONG_PASSWORD_SOURCE });
  if (record) {
    const sealed = runtime.secretBox().seal(JSON.stringify({ password: DEMO_WRONG_PASSWORD }), `nightshift.datasource.${String(record.id)}`);
    await updateDataSource(db, record.id, { secretsCipher: sealed });
  }
  const reachable = await Promise.all(DEMO_SERVICES.map(async (service) => ((await isListening(service.port)) ? service : null)));
  const found = reachable.filter((service) => service !== null).map((service) => `${service.name} :${service.port}`);
  return found.length === 0
    ? "demo data sources: none of MariaDB/MySQL, PostgreSQL, Redis, Kafka or MongoDB answers on 127.0.0.1, so every demo connection test will be Unreachable"
    : `demo data sources: reachable on 127.0.0.1: ${found.join(", ")}; the others will test Unreachable`;
}
