/**
 * `npm start`: everything a newcomer needs after `npm ci`, in one command.
 *
 *   1. builds the console when there is no build or a console source changed since the last one;
 *   2. brings the engine's database schema up to date (`engine migrate`);
 *   3. starts the engine (`engine serve`), which seeds the demo workspace on an empty database,
 *      and waits for its /healthz;
 *   4. starts the console (`next start`) and prints where to open it.
 *
 * The two servers live and die together: Ctrl-C or SIGTERM stops both (SIGTERM, then SIGKILL after a
 * grace period); if either dies, the other is stopped and we exit non-zero. Options come from the
 * environment or a `.env` file (see .env.example and docs/configuration.md).
 */
import fs from "node:fs";
import path from "node:path";
import { decideConsoleBuild } from "./lib/build-freshness";
import { checkPort } from "./lib/ports";
import { parseStartOptions, withoutEmptyValues, type StartOptions } from "./lib/start-options";
import { describeExit, isCleanExit, startChild, Supervisor, type ChildExit, type ChildSpec, type ManagedChild } from "./lib/supervisor";
import { waitForUrl } from "./lib/wait-for-url";

const root = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");
const CONSOLE_SETUP = path.join(root, "scripts", "console-setup.ts");
const ENGINE_MAIN = path.join(root, "engine", "src", "main.ts");
/** How long each server gets to stop on SIGTERM before it is killed. */
const STOP_GRACE_MS = 10_000;
const CONSOLE_WAIT_MS = 60_000;

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const PREFIX_COLORS: Record<string, string> = { "[engine]": "36", "[console]": "35", "[build]": "34", "[nightshift]": "1" };
function paint(prefix: string): string {
  const color = PREFIX_COLORS[prefix];
  return useColor && color ? `\u001b[${color}m${prefix}\u001b[0m` : prefix;
}
function say(message: string): void {
  console.log(`${paint("[nightshift]")} ${message}`);
}
function complain(message: string): void {
  console.error(`${paint("[nightshift]")} ${message}`);
}

/** Every child we started and that still runs, so a signal can reach a build or migration too. */
const liveChildren = new Set<ManagedChild>();
let stopSignal: NodeJS.Signals | undefined;
const stopRequested = new AbortController();
let stopping: Promise<ChildExit[]> | undefined;
/**
 * After a signal, how long children get to exit by themselves before we send SIGTERM: a Ctrl-C in a
 * terminal or Playwright's shutdown reaches our whole process group, and a second signal could cut
 * a child's graceful stop short.
 */
const SIGNAL_SETTLE_MS = 2_000;

function launch(spec: Omit<ChildSpec, "onLine">): ManagedChild {
  const prefix = spec.prefix ?? `[${spec.name}]`;
  const colored = paint(prefix);
  const child = startChild({
    ...spec,
    prefix,
    // Recolour only our own prefix; the child's text passes through untouched.
    onLine: (line, stream) => (stream === "stdout" ? process.stdout : process.stderr).write(`${colored}${line.slice(prefix.length)}\n`),
  });
  liveChildren.add(child);
  void child.exited.then(() => liveChildren.delete(child));
  return child;
}

let firstSignalAt = 0;
/**
 * One Ctrl-C often arrives more than once (from the terminal to our process group, and forwarded by
 * npm or `timeout`), so only a signal well after the first counts as "again".
 */
const REPEAT_SIGNAL_MS = 1_500;

function onSignal(signal: NodeJS.Signals): void {
  if (stopSignal) {
    if (Date.now() - firstSignalAt < REPEAT_SIGNAL_MS) return;
    complain(`${signal} again: killing everything now`);
    for (const child of liveChildren) void child.kill();
    return;
  }
  stopSignal = signal;
  firstSignalAt = Date.now();
  say(`${signal}: stopping (press Ctrl-C again to kill at once)`);
  stopRequested.abort();
  void stopEverything();
}

/** Stops whatever still runs after a signal; the same promise however often it is called. */
function stopEverything(): Promise<ChildExit[]> {
  stopping ??= Promise.all(
    [...liveChildren].map(async (child) => {
      await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, SIGNAL_SETTLE_MS).unref())]);
      return child.stop(STOP_GRACE_MS);
    }),
  );
  return stopping;
}

/** Reads `.env` when present; variables already in the environment win over the file. */
function loadDotEnv(): void {
  const file = path.join(root, ".env");
  if (!fs.existsSync(file)) return;
  if (typeof process.loadEnvFile !== "function") {
    complain("found .env, but this Node.js cannot read it (needs 20.12 or later); export its variables instead");
    return;
  }
  process.loadEnvFile(file);
}

async function checkPortsAreFree(options: StartOptions): Promise<string | undefined> {
  const wanted = [
    { what: "engine", host: options.engineHost, port: options.enginePort, variable: "ENGINE_PORT" },
    { what: "console", host: options.consoleHost, port: options.consolePort, variable: "PORT" },
  ];
  for (const { what, host, port, variable } of wanted) {
    const state = await checkPort(host, port);
    if (state === "in-use") return `the ${what} port ${host}:${port} is already in use (is Nightshift already running?); pick another with ${variable}=…`;
    if (state === "forbidden") return `this user may not listen on ${host}:${port} for the ${what}; pick another port with ${variable}=…`;
  }
  return undefined;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** Exit code after a requested stop: 0 when everything still running ended as asked. */
async function exitCodeAfterStop(): Promise<number> {
  const exits = await stopEverything();
  // Next exits 143 (128 + SIGTERM) after a graceful stop, others 130 after SIGINT.
  const isOrderly = (exit: ChildExit) =>
    isCleanExit(exit) || exit.code === 130 || exit.code === 143 || exit.signal === "SIGTERM" || exit.signal === "SIGINT";
  const disorderly = exits.filter((exit) => !isOrderly(exit));
  for (const exit of disorderly) complain(`the ${exit.name} ${describeExit(exit)} while stopping`);
  if (disorderly.length === 0) say("stopped");
  return disorderly.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  loadDotEnv();
  const options = parseStartOptions(process.env, root);
  // Empty values are dropped so that every child falls back to its default, as we do. (The cast:
  // Next's types declare NODE_ENV as always present, which a filtered copy cannot promise.)
  const env = { ...withoutEmptyValues(process.env), ...options.childEnv } as NodeJS.ProcessEnv;
  fs.mkdirSync(options.dataDir, { recursive: true });

  const portProblem = await checkPortsAreFree(options);
  if (portProblem) {
    complain(portProblem);
    return 1;
  }

  const build = decideConsoleBuild(root);
  if (build.isNeeded) {
    say(`building the console: ${build.reason} (takes a minute or two)`);
    const exit = await launch({ name: "build", command: process.execPath, args: [NEXT_BIN, "build"], cwd: root, env }).exited;
    if (stopSignal) return exitCodeAfterStop();
    if (!isCleanExit(exit)) {
      complain(`the console build ${describeExit(exit)}; its output is above (lines starting with [build])`);
      return 1;
    }
  }

  const engineCommand = (command: string): Omit<ChildSpec, "onLine"> => ({
    name: "engine",
    command: process.execPath,
    args: ["--import", "tsx", ENGINE_MAIN, command],
    cwd: root,
    env,
  });
  const migration = await launch(engineCommand("migrate")).exited;
  if (stopSignal) return exitCodeAfterStop();
  if (!isCleanExit(migration)) {
    complain(`the database migration ${describeExit(migration)}; check DATABASE_URL (${options.databaseUrl.replace(/\/\/[^@/]*@/, "//…@")})`);
    return 1;
  }

  const servers = new Supervisor();
  const anyServerGone = new AbortController();
  void servers.firstExit().then(() => anyServerGone.abort());
  const waitSignal = AbortSignal.any([anyServerGone.signal, stopRequested.signal]);

  const engine = servers.add(launch(engineCommand("serve")));
  const engineHealth = await waitForUrl(`${options.engineUrl}/healthz`, { timeoutMs: options.engineWaitMs, signal: waitSignal });
  if (stopSignal) return exitCodeAfterStop();
  if (engineHealth.state !== "ready") {
    if (engine.hasExited()) {
      complain(`the engine ${describeExit(await engine.exited)} before it answered ${options.engineUrl}/healthz; its output is above`);
    } else {
      const problem = engineHealth.state === "timeout" ? ` (last: ${engineHealth.lastProblem})` : "";
      complain(
        `the engine did not answer ${options.engineUrl}/healthz within ${options.engineWaitMs / 1000} s${problem}; ` +
          "its output is above. A slow first start can be given longer with NIGHTSHIFT_ENGINE_WAIT_SECONDS.",
      );
    }
    await servers.stopAll(STOP_GRACE_MS);
    return 1;
  }

  // The console's own data: the first admin (printed once) and the embedded engine as a data service.
  const setup = await launch({
    name: "console",
    command: process.execPath,
    args: ["--conditions=react-server", "--import", "tsx", CONSOLE_SETUP],
    cwd: root,
    env,
  }).exited;
  if (stopSignal) return exitCodeAfterStop();
  if (!isCleanExit(setup)) {
    complain(`the console setup ${describeExit(setup)}; its output is above`);
    await servers.stopAll(STOP_GRACE_MS);
    return 1;
  }

  servers.add(
    launch({
      name: "console",
      command: process.execPath,
      args: [NEXT_BIN, "start", "--port", String(options.consolePort), "--hostname", options.consoleHost],
      cwd: root,
      env,
    }),
  );
  // Any answer short of a server error means Next is serving; the page itself reports the engine.
  const consoleReady = await waitForUrl(options.consoleUrl, { timeoutMs: CONSOLE_WAIT_MS, signal: waitSignal, isReady: (response) => response.status < 500 });
  if (consoleReady.state === "ready") {
    say("ready");
    say(`  console     ${options.consoleUrl}`);
    say(`  engine      ${options.engineUrl}  (DataWorks OpenAPI 2020-05-18)`);
    say(`  access key  ${options.accessKeyFile ? displayPath(options.accessKeyFile) : "from ENGINE_ACCESS_KEY_ID / ENGINE_ACCESS_KEY_SECRET"}`);
    say("Ctrl-C stops both.");
  } else if (consoleReady.state === "timeout") {
    complain(`the console did not answer ${options.consoleUrl} within ${CONSOLE_WAIT_MS / 1000} s (last: ${consoleReady.lastProblem}); still waiting for it`);
  }

  const stopped = new Promise<"stop">((resolve) => stopRequested.signal.addEventListener("abort", () => resolve("stop"), { once: true }));
  const outcome = await Promise.race([servers.firstExit(), stopped]);
  if (outcome === "stop" || stopSignal) return exitCodeAfterStop();
  const other = outcome.name === "engine" ? "console" : "engine";
  complain(`the ${outcome.name} ${describeExit(outcome)}; stopping the ${other}`);
  await servers.stopAll(STOP_GRACE_MS);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    complain(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    void Promise.all([...liveChildren].map((child) => child.kill())).then(() => process.exit(1));
  },
);
