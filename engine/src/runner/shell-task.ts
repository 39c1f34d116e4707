import { spawn, type ChildProcess } from "node:child_process";
import { statSync } from "node:fs";
import { DEFAULT_KILL_GRACE_MS, killTaskProcessGroup } from "./process-group";
import { readProcessStart } from "./process-table";
import { buildTaskEnvironment } from "./task-environment";
import { createTaskOutput, type TaskOutput } from "./task-output";
import type { KillReason, RunningTask, TaskOutputHandlers, TaskResult, TaskSpec } from "./types";

/**
 * After bash exits, a background child may still hold the pipes open; the attempt is over anyway,
 * so reading stops after this long.
 */
const PIPE_DRAIN_AFTER_EXIT_MS = 1_000;

const STOP_DESCRIPTIONS: Record<Exclude<KillReason, "timeout">, string> = {
  stop: "stop requested",
  shutdown: "engine shutting down",
};

/**
 * Runs `bash -c <command>` in its own process group, which outlives the engine so crash recovery
 * can find it by pid and processStart. Output streams to `onOutput`; `result` never rejects.
 */
export function startShellTask(spec: TaskSpec, handlers: TaskOutputHandlers): RunningTask {
  const startedAt = Date.now();
  const output = createTaskOutput({ onOutput: handlers.onOutput, maxOutputBytes: spec.maxOutputBytes });
  // spawn reports a missing cwd as "spawn bash ENOENT", which blames bash.
  if (!isDirectory(spec.cwd)) {
    return createFailedStart(new Error(`working directory ${spec.cwd} does not exist`), output, startedAt);
  }
  let child: ChildProcess;
  try {
    child = spawn("bash", ["-c", spec.command], {
      cwd: spec.cwd,
      // ProcessEnv is augmented with required keys (NODE_ENV) that a task's environment must not get.
      env: buildTaskEnvironment(spec.env) as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    return createFailedStart(error, output, startedAt);
  }

  const pid = child.pid ?? 0;
  const processStart = pid ? readProcessStart(pid) : "";
  const killGraceMs = spec.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  let killReason: KillReason | null = null;
  let killing: Promise<boolean> | null = null;
  let isFinished = false;

  function kill(reason: KillReason): void {
    if (killReason !== null || isFinished || !pid) return;
    killReason = reason;
    output.notice(
      reason === "timeout"
        ? `[nightshift] timed out after ${spec.timeoutMs / 1000} s; killed process group ${pid}`
        : `[nightshift] stopped (${STOP_DESCRIPTIONS[reason]}); killed process group ${pid}`,
    );
    killing = killTaskProcessGroup(pid, processStart, killGraceMs).catch(() => false);
  }

  const timeoutTimer = spec.timeoutMs > 0 && pid ? setTimeout(() => kill("timeout"), spec.timeoutMs) : undefined;

  const result = new Promise<TaskResult>((resolve) => {
    let exit: { exitCode: number | null; signal: string | null } | null = null;
    let drainTimer: NodeJS.Timeout | undefined;

    function finish(): void {
      if (isFinished) return;
      isFinished = true;
      clearTimeout(timeoutTimer);
      clearTimeout(drainTimer);
      child.stdout?.destroy();
      child.stderr?.destroy();
      output.end("stdout");
      output.end("stderr");
      const taskResult: TaskResult = {
        exitCode: exit?.exitCode ?? null,
        signal: exit?.signal ?? null,
        timedOut: killReason === "timeout",
        stopped: killReason === "stop" || killReason === "shutdown",
        killReason,
        durationMs: Date.now() - startedAt,
      };
      // A killed task is over only when its whole group is, so a rerun never overlaps a straggler.
      void (killing ?? Promise.resolve()).then(() => resolve(taskResult));
    }

    child.stdout?.on("data", (bytes: Buffer) => output.write("stdout", bytes));
    child.stderr?.on("data", (bytes: Buffer) => output.write("stderr", bytes));
    child.stdout?.on("end", () => output.end("stdout"));
    child.stderr?.on("end", () => output.end("stderr"));
    child.on("error", (error) => {
      if (child.pid !== undefined) return;
      output.notice(`[nightshift] could not start the task: ${describeError(error)}`);
      finish();
    });
    child.on("exit", (exitCode, signal) => {
      exit = { exitCode, signal };
      clearTimeout(timeoutTimer);
      drainTimer = setTimeout(finish, PIPE_DRAIN_AFTER_EXIT_MS);
    });
    child.on("close", (exitCode, signal) => {
      exit ??= { exitCode, signal };
      finish();
    });
  });

  return { pid, processStart, result, kill };
}

function createFailedStart(error: unknown, output: TaskOutput, startedAt: number): RunningTask {
  const result = Promise.resolve().then((): TaskResult => {
    output.notice(`[nightshift] could not start the task: ${describeError(error)}`);
    return { exitCode: null, signal: null, timedOut: false, stopped: false, killReason: null, durationMs: Date.now() - startedAt };
  });
  return { pid: 0, processStart: "", result, kill: () => {} };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
