// Module resolution hook for benchmarks that load the console's server modules outside Next:
// "server-only" throws outside React's server graph, so it resolves to the package's empty module
// (as vitest.config.ts does for the route tests).
import path from "node:path";
import { pathToFileURL } from "node:url";

const EMPTY = pathToFileURL(path.resolve(import.meta.dirname, "../../node_modules/server-only/empty.js")).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
