import os from "node:os";
import path from "node:path";

/**
 * The default identity of an engine in its claims: `<hostname>:<absolute data dir>`. Stable across
 * restarts of the same engine, so a restarted engine recognises its own claims at once.
 */
export function defaultEngineId(dataDir: string): string {
  return `${os.hostname()}:${path.resolve(dataDir)}`;
}

/** Whether an engine id names an engine on this machine (its task processes are visible here). */
export function isEngineOnThisHost(engineId: string): boolean {
  return engineId.startsWith(`${os.hostname()}:`);
}
