import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX_BIN = path.join(ROOT, "node_modules", ".bin", "tsx");

export type TTestEngine = {
  /** http://127.0.0.1:<port> */
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  databaseUrl: string;
  dataDir: string;
  /** The engine's stdout and stderr so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
};

export type TStartTestEngineOptions = {
  /** Defaults to a new SQLite file in the engine's temp data folder; pass a test console db's URL to share it. */
  databaseUrl?: string;
  /** Deploy the demo workspace on the empty database (default true). */
  demo?: boolean;
  /** ENGINE_RATE_LIMIT_SCALE; default 0 (unlimited) so tests are not throttled. */
  rateLimitScale?: number;
  /** How long to wait for /healthz (the demo seed takes a few seconds). */
  startTimeoutMs?: number;
  env?: Record<string, string>;
};

/** A free TCP port on loopback (asked of the OS, then released for the engine to take). */
export function findFreeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a real engine (`tsx engine/src/main.ts serve`) on a free loopback port with its own temp
 * data folder and database, and waits until /healthz answers. Always call stop() (afterAll).
 */
export async function startTestEngine(options: TStartTestEngineOptions = {}): Promise<TTestEngine> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-engine-test-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dataDir, "engine.db")}`;
  const port = await findFreeLoopbackPort();
  const accessKeyId = `LTAItest${randomBytes(6).toString("hex")}`;
  const accessKeySecret = randomBytes(24).toString("base64url");
  const child = spawn(TSX_BIN, [path.join(ROOT, "engine", "src", "main.ts"), "serve"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl,
      ENGINE_DATA_DIR: dataDir,
      ENGINE_HOST: "127.0.0.1",
      ENGINE_PORT: String(port),
      ENGINE_ACCESS_KEY_ID: accessKeyId,
      ENGINE_ACCESS_KEY_SECRET: accessKeySecret,
      NIGHTSHIFT_DEMO: options.demo === false ? "0" : "1",
      ENGINE_RATE_LIMIT_SCALE: String(options.rateLimitScale ?? 0),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() reaches tsx's node child too.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child).finally(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  try {
    await waitForHealth(url, child, options.startTimeoutMs ?? 90_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, accessKeyId, accessKeySecret, databaseUrl, dataDir, output: () => output, stop };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the test engine exited (${child.exitCode ?? child.signalCode}) before it answered /healthz:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the test engine did not answer ${url}/healthz within ${timeoutMs} ms:\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
