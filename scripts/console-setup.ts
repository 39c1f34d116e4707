/**
 * Prepares the console's data before it starts (run by `npm start` after the engine's migration):
 * creates the first admin when there is no account yet, and registers (or refreshes) the embedded
 * engine as a data service once its AccessKey file exists. Safe to run on every start.
 *
 *   tsx --conditions=react-server scripts/console-setup.ts
 *
 * The react-server condition lets the lib/server modules (which import "server-only") load outside Next.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getConsoleEnv } from "../lib/env";
import { getConsoleDataDir } from "../lib/server/crypto/data-dir";
import { getConsoleDb, type PrismaClient } from "../lib/server/db";
import { ensureEmbeddedDataService } from "../lib/server/data-services/ensure-embedded-data-service";
import { ensureFirstAdmin, type TFirstAdminResult } from "../lib/server/users/ensure-first-admin";

export type TConsoleSetupOptions = {
  db: PrismaClient;
  dataDir: string;
  adminPassword?: string;
  log?: (line: string) => void;
};

/** Creates the first admin if needed and says so once; answers what it did. */
export async function runConsoleSetup(options: TConsoleSetupOptions): Promise<TFirstAdminResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const result = await ensureFirstAdmin({ db: options.db, dataDir: options.dataDir, password: options.adminPassword, requestId: `setup-${randomUUID()}` });
  if (!result.created) return result;
  if (result.passwordSource === "environment") {
    log(`[console] created the first admin "${result.username}" with the password from NIGHTSHIFT_ADMIN_PASSWORD`);
  } else {
    log(`[console] created the first admin: username "${result.username}", password ${result.password}`);
    log(`[console] (also saved in ${path.relative(process.cwd(), result.passwordFile ?? "") || result.passwordFile}; change it after signing in, then delete the file)`);
  }
  return result;
}

async function main(): Promise<number> {
  const env = getConsoleEnv();
  // The process's one client, the same that recordAudit uses.
  const db = await getConsoleDb();
  try {
    await runConsoleSetup({ db, dataDir: getConsoleDataDir(), adminPassword: env.NIGHTSHIFT_ADMIN_PASSWORD });
    const embedded = await ensureEmbeddedDataService();
    if (embedded.status === "skipped") console.log(`[console] embedded engine not registered yet: ${embedded.reason}`);
    else if (embedded.status !== "unchanged") console.log(`[console] embedded engine data service ${embedded.status} (id ${embedded.serviceId})`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /no such table|does not exist/i.test(message) ? " (the database has no console tables yet: run `npm run engine -- migrate` first)" : "";
    console.error(`[console] setup failed: ${message}${hint}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().then((code) => {
    process.exitCode = code;
  });
}
