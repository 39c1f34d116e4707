import { startShellTask } from "../shell-task";
import type { OutputChunk, OutputStream, RunningTask, TaskResult, TaskSpec } from "../types";

export type ObservedTask = {
  task: RunningTask;
  chunks: OutputChunk[];
  result: Promise<TaskResult>;
  /** The first chunk the task emits. */
  firstChunk: Promise<OutputChunk>;
  textOf(stream: OutputStream): string;
};

/** Starts a task (cwd = the test process's, no timeout unless overridden) and records every chunk. */
export function observeShellTask(
  command: string,
  overrides: Partial<TaskSpec> = {},
  onOutput: (chunk: OutputChunk, task: RunningTask) => void = () => {},
): ObservedTask {
  const chunks: OutputChunk[] = [];
  let resolveFirstChunk: (chunk: OutputChunk) => void = () => {};
  const firstChunk = new Promise<OutputChunk>((resolve) => (resolveFirstChunk = resolve));
  const task: RunningTask = startShellTask(
    { command, env: {}, cwd: process.cwd(), timeoutMs: 0, ...overrides },
    {
      onOutput(chunk) {
        chunks.push(chunk);
        resolveFirstChunk(chunk);
        onOutput(chunk, task);
      },
    },
  );
  return {
    task,
    chunks,
    result: task.result,
    firstChunk,
    textOf: (stream) => chunks.filter((chunk) => chunk.stream === stream).map((chunk) => chunk.text).join(""),
  };
}
