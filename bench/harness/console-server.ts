import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export type ConsoleServer = {
  /** http://127.0.0.1:<port> of the console (production build). */
  url: string;
  engineUrl: string;
  /** The data folder under .data/ (wiped at start and at stop). */
  dataDir: string;
  /** Environment of the servers, for engine commands run beside them (deploy). */
  env: Record<string, string>;
  credentials: { username: string; password: string };
  output(): string;
  stop(): Promise<void>;
};

/**
 * `npm start` on ports and a data folder of its own: builds the console if its sources changed,
 * seeds the demo workspace, and starts the engine and the production console. Loopback only.
 */
export async function startConsoleServer(options: {
  consolePort: number;
  enginePort: number;
  dataDirName: string;
  log(line: string): void;
  timeoutMs?: number;
  /** Default: SQLite in the data folder. */
  databaseUrl?: string;
  /** Seed the demo workspace on the first start (default true). */
  demo?: boolean;
}): Promise<ConsoleServer> {
  const dataDir = path.join(ROOT, ".data", options.dataDirName);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const url = `http://127.0.0.1:${options.consolePort}`;
  const engineUrl = `http://127.0.0.1:${options.enginePort}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    PORT: String(options.consolePort),
    HOSTNAME: "127.0.0.1",
    ENGINE_PORT: String(options.enginePort),
    ENGINE_HOST: "127.0.0.1",
    NIGHTSHIFT_DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl ?? `file:${path.join(dataDir, "nightshift.db")}`,
    NIGHTSHIFT_DEMO: options.demo === false ? "0" : "1",
    ENGINE_URL: engineUrl,
    NIGHTSHIFT_ENGINE_WAIT_SECONDS: "600",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    await stopGroup(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    options.log(`starting the console on ${url} (builds first if a console source changed)`);
    await waitForConsole(url, child, options.timeoutMs ?? 20 * 60_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const text = fs.readFileSync(path.join(dataDir, "initial-admin-password.txt"), "utf8");
  const username = /^username: (.+)$/m.exec(text)?.[1]?.trim();
  const password = /^password: (.+)$/m.exec(text)?.[1]?.trim();
  if (!username || !password) {
    await stop();
    throw new Error("the console's first start wrote no admin password");
  }
  return { url, engineUrl, dataDir, env, credentials: { username, password }, output: () => output, stop };
}

async function waitForConsole(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}) before the console answered:\n${output().slice(-4_000)}`);
    }
    try {
      const response = await fetch(`${url}/login`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the console did not answer ${url} within ${timeoutMs / 1000} s:\n${output().slice(-4_000)}`);
}

/** SIGTERM to the start script's process group (it stops both servers), SIGKILL after 40 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 40_000);
  await exited;
  clearTimeout(timer);
}
