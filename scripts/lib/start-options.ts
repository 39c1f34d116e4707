import path from "node:path";
import { z } from "zod";

/**
 * The start script's view of the environment (the console reads its own through lib/env.ts, the
 * engine through engine/src/config.ts). Only what the script itself decides is parsed here; the
 * children receive the whole environment plus the values derived below.
 */
const ZPort = z.coerce.number().int().min(1).max(65_535);
const ZStartEnv = z.object({
  PORT: ZPort.default(3000),
  /** Interface the console binds; loopback unless you mean to expose it. */
  HOSTNAME: z.string().trim().min(1).default("127.0.0.1"),
  ENGINE_PORT: ZPort.default(3100),
  ENGINE_HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Where the engine keeps its database (by default), access key and task work folders. */
  NIGHTSHIFT_DATA_DIR: z.string().trim().min(1).optional(),
  /** The engine's own name for the same folder, honoured when NIGHTSHIFT_DATA_DIR is not set. */
  ENGINE_DATA_DIR: z.string().trim().min(1).optional(),
  DATABASE_URL: z.string().trim().min(1).optional(),
  NIGHTSHIFT_DEMO: z.enum(["0", "1"]).default("1"),
  /** Set to point the console at another DataWorks-compatible endpoint than the engine started here. */
  ENGINE_URL: z.url({ protocol: /^https?$/ }).optional(),
  ENGINE_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  /** How long the engine may take to answer /healthz after it starts (the first start seeds the demo). */
  NIGHTSHIFT_ENGINE_WAIT_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
});

export type StartOptions = {
  root: string;
  consolePort: number;
  consoleHost: string;
  /** Where a browser on this machine reaches the console. */
  consoleUrl: string;
  enginePort: number;
  engineHost: string;
  /** Where the console and this script reach the engine started here. */
  engineUrl: string;
  /** What the console is told to use: ENGINE_URL if set, else `engineUrl`. */
  consoleEngineUrl: string;
  dataDir: string;
  databaseUrl: string;
  demo: "0" | "1";
  engineWaitMs: number;
  /** The access key file, or undefined when the key comes from ENGINE_ACCESS_KEY_ID/SECRET. */
  accessKeyFile: string | undefined;
  /** Variables every child gets on top of ours. */
  childEnv: Record<string, string>;
};

/** Drops variables whose value is empty: `PORT=` in a .env file means "use the default", not "invalid". */
export function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ""));
}

export function parseStartOptions(env: Record<string, string | undefined>, root: string): StartOptions {
  const parsed = ZStartEnv.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid start configuration: ${problems}`);
  }
  const options = parsed.data;
  const dataDir = path.resolve(root, options.NIGHTSHIFT_DATA_DIR ?? options.ENGINE_DATA_DIR ?? ".data");
  // SQLite in the data folder by default, so NIGHTSHIFT_DATA_DIR alone moves everything.
  const databaseUrl = options.DATABASE_URL ?? `file:${path.join(dataDir, "nightshift.db")}`;
  const engineUrl = `http://${reachableHost(options.ENGINE_HOST)}:${options.ENGINE_PORT}`;
  const consoleUrl = `http://${reachableHost(options.HOSTNAME)}:${options.PORT}`;
  const consoleEngineUrl = options.ENGINE_URL ?? engineUrl;
  return {
    root,
    consolePort: options.PORT,
    consoleHost: options.HOSTNAME,
    consoleUrl,
    enginePort: options.ENGINE_PORT,
    engineHost: options.ENGINE_HOST,
    engineUrl,
    consoleEngineUrl,
    dataDir,
    databaseUrl,
    demo: options.NIGHTSHIFT_DEMO,
    engineWaitMs: options.NIGHTSHIFT_ENGINE_WAIT_SECONDS * 1000,
    accessKeyFile: options.ENGINE_ACCESS_KEY_ID ? undefined : path.join(dataDir, "engine-access-key.json"),
    childEnv: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(options.PORT),
      HOSTNAME: options.HOSTNAME,
      ENGINE_PORT: String(options.ENGINE_PORT),
      ENGINE_HOST: options.ENGINE_HOST,
      ENGINE_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      NIGHTSHIFT_DEMO: options.NIGHTSHIFT_DEMO,
      ENGINE_URL: consoleEngineUrl,
    },
  };
}

/** A host to connect to for a bind address: the wildcard addresses are reached over loopback. */
export function reachableHost(bindHost: string): string {
  if (bindHost === "0.0.0.0") return "127.0.0.1";
  if (bindHost === "::" || bindHost === "[::]") return "[::1]";
  if (bindHost.includes(":") && !bindHost.startsWith("[")) return `[${bindHost}]`;
  return bindHost;
}
