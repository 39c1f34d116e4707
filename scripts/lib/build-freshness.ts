import fs from "node:fs";
import path from "node:path";

/** What the console's production build is made from; a change to any of them calls for a new build. */
export const CONSOLE_BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
] as const;

export type BuildDecision = { isNeeded: false } | { isNeeded: true; reason: string };

/**
 * Decides whether `npm start` must run `next build`: when there is no build yet, or when a console
 * source is newer than the last one (after a `git pull`, say), so nobody runs a stale console.
 * Test files do not go into the build and are ignored.
 */
export function decideConsoleBuild(root: string, inputs: readonly string[] = CONSOLE_BUILD_INPUTS): BuildDecision {
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  let builtAtMs: number;
  try {
    builtAtMs = fs.statSync(buildIdFile).mtimeMs;
  } catch {
    return { isNeeded: true, reason: "there is no build yet" };
  }
  for (const input of inputs) {
    const changed = findNewerThan(path.join(root, input), builtAtMs);
    if (changed) return { isNeeded: true, reason: `${path.relative(root, changed)} changed since the last build` };
  }
  return { isNeeded: false };
}

function findNewerThan(target: string, thresholdMs: number): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return undefined;
  }
  if (stat.isFile()) return stat.mtimeMs > thresholdMs && !/\.test\.tsx?$/.test(target) ? target : undefined;
  if (!stat.isDirectory()) return undefined;
  for (const entry of fs.readdirSync(target)) {
    const found = findNewerThan(path.join(target, entry), thresholdMs);
    if (found) return found;
  }
  return undefined;
}
