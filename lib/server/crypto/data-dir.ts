import "server-only";
import path from "node:path";
import { getConsoleEnv } from "@/lib/env";

/** The folder for the console's generated files (secret key, first-admin password): the engine's data folder. */
export function getConsoleDataDir(): string {
  const env = getConsoleEnv();
  // A run-time folder, not a source path: keep the build from tracing the whole project into it.
  return path.resolve(/*turbopackIgnore: true*/ env.NIGHTSHIFT_DATA_DIR ?? env.ENGINE_DATA_DIR ?? ".data");
}
