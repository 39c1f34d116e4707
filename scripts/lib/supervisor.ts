import { spawn } from "node:child_process";
import { createLinePrefixer } from "./line-prefixer";

export type ChildSpec = {
  /** Short name for messages and the default output prefix, e.g. "engine". */
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Prefix for each output line; `[name]` by default. */
  prefix?: string;
  /** Receives each prefixed line of stdout and stderr; printed to ours by default. */
  onLine?: (line: string, stream: "stdout" | "stderr") => void;
};

export type ChildExit = { name: string; code: number | null; signal: NodeJS.Signals | null; error?: Error };

export type ManagedChild = {
  readonly name: string;
  readonly pid: number | undefined;
  /** Settles once the process has exited (or failed to start) and its output is flushed. */
  readonly exited: Promise<ChildExit>;
  hasExited(): boolean;
  /**
   * SIGTERM, then SIGKILL if it is still there after `graceMs`; resolves when it is gone. Calling
   * it again while it stops sends nothing more: a second SIGTERM can cut a graceful stop short.
   */
  stop(graceMs: number): Promise<ChildExit>;
  /** SIGKILL now. */
  kill(): Promise<ChildExit>;
};

/** How long to wait, after a process exits, for the last of its output to drain. */
const OUTPUT_DRAIN_MS = 500;

function defaultOnLine(line: string, stream: "stdout" | "stderr"): void {
  (stream === "stdout" ? process.stdout : process.stderr).write(`${line}\n`);
}

/**
 * Starts a child in our own process group (not detached): whoever stops us with a signal to the
 * group, as a terminal's Ctrl-C or Playwright does, reaches the children too, so none is orphaned.
 */
export function startChild(spec: ChildSpec): ManagedChild {
  const onLine = spec.onLine ?? defaultOnLine;
  const prefix = spec.prefix ?? `[${spec.name}]`;
  const child = spawn(spec.command, [...spec.args], { cwd: spec.cwd, env: spec.env, stdio: ["ignore", "pipe", "pipe"] });
  const stdout = createLinePrefixer(prefix, (line) => onLine(line, "stdout"));
  const stderr = createLinePrefixer(prefix, (line) => onLine(line, "stderr"));
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));

  let hasExited = false;
  const exited = new Promise<ChildExit>((resolve) => {
    const finish = async (exit: ChildExit) => {
      if (hasExited) return;
      hasExited = true;
      // A grandchild may hold our pipes open after the child died; do not wait on it forever.
      await Promise.race([closed, new Promise((wait) => setTimeout(wait, OUTPUT_DRAIN_MS).unref())]);
      stdout.flush();
      stderr.flush();
      resolve(exit);
    };
    child.once("exit", (code, signal) => void finish({ name: spec.name, code, signal }));
    child.once("error", (error) => void finish({ name: spec.name, code: null, signal: null, error }));
  });

  const isGone = () => hasExited || child.exitCode !== null || child.signalCode !== null;
  let stopping: Promise<ChildExit> | undefined;
  return {
    name: spec.name,
    pid: child.pid,
    exited,
    hasExited: () => hasExited,
    stop(graceMs) {
      if (isGone()) return exited;
      if (!stopping) {
        child.kill("SIGTERM");
        const escalation = setTimeout(() => child.kill("SIGKILL"), graceMs);
        stopping = exited.finally(() => clearTimeout(escalation));
      }
      return stopping;
    },
    kill() {
      if (!isGone()) child.kill("SIGKILL");
      return exited;
    },
  };
}

/** Runs a child to completion (a build, a migration). */
export function runChild(spec: ChildSpec): Promise<ChildExit> {
  return startChild(spec).exited;
}

export function isCleanExit(exit: ChildExit): boolean {
  return exit.error === undefined && exit.code === 0;
}

/** "exited with code 1", "was killed by SIGKILL", "could not start (spawn x ENOENT)". */
export function describeExit(exit: ChildExit): string {
  if (exit.error) return `could not start (${exit.error.message})`;
  if (exit.signal) return `was stopped by ${exit.signal}`;
  return `exited with code ${exit.code ?? "unknown"}`;
}

/** Long-running children that live and die together. */
export class Supervisor {
  readonly #children: ManagedChild[] = [];
  #reportFirstExit: (exit: ChildExit) => void = () => undefined;
  readonly #firstExit = new Promise<ChildExit>((resolve) => {
    this.#reportFirstExit = resolve;
  });

  add(child: ManagedChild): ManagedChild {
    this.#children.push(child);
    void child.exited.then((exit) => this.#reportFirstExit(exit));
    return child;
  }

  /** Settles with the exit of whichever child ends first. */
  firstExit(): Promise<ChildExit> {
    return this.#firstExit;
  }

  /** Stops every child still running, the last started first, each with the same grace period. */
  async stopAll(graceMs: number): Promise<ChildExit[]> {
    const exits: ChildExit[] = [];
    for (const child of [...this.#children].reverse()) exits.unshift(await child.stop(graceMs));
    return exits;
  }
}
