/** What the runner needs to start one attempt of a SHELL task. */
export type TaskSpec = {
  /** A bash script, run as `bash -c <command>`. */
  command: string;
  /** Added on top of the minimal inherited environment (PATH, HOME, LANG, TZ). */
  env: Record<string, string>;
  cwd: string;
  /** 0 = no timeout. */
  timeoutMs: number;
  /** Total stdout + stderr bytes delivered before truncation; defaults to 8 MiB. */
  maxOutputBytes?: number;
  /** Time between SIGTERM and SIGKILL when the task is killed; defaults to 3 s. */
  killGraceMs?: number;
};

export type OutputStream = "stdout" | "stderr";

export type OutputChunk = { stream: OutputStream; text: string; at: number };

export type KillReason = "stop" | "timeout" | "shutdown";

export type TaskResult = {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** kill("stop") or kill("shutdown") was called; a timeout sets `timedOut` instead. */
  stopped: boolean;
  /** The first reason the task was killed for, if it was. */
  killReason?: KillReason | null;
  durationMs: number;
};

export type RunningTask = {
  pid: number;
  /** Start time of the process (clock ticks since boot, /proc/<pid>/stat field 22); "" where unknown. */
  processStart: string;
  /**
   * Settles when bash has exited and, if the task was killed, its whole process group is gone.
   * Never rejects: a spawn error resolves with exitCode null after a stderr chunk.
   */
  result: Promise<TaskResult>;
  kill(reason: KillReason): void;
};

export type TaskOutputHandlers = { onOutput(chunk: OutputChunk): void };
