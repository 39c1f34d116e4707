import { register } from "node:module";

let isRegistered = false;

/**
 * Lets this process import the console's server modules (route handlers, lib/server) as Next runs
 * them: "server-only" resolves to its empty module. Call before the first dynamic import of one.
 */
export function allowConsoleServerModules(): void {
  if (isRegistered) return;
  register(new URL("./server-only-hooks.mjs", import.meta.url));
  isRegistered = true;
}
