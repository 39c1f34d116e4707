/**
 * Plays an engine that starts a task and then dies: prints the identity crash recovery would have
 * stored ({ pid, processStart, grandchildPid }) as one JSON line and exits without touching the task.
 */
import { startShellTask } from "../shell-task";

const task = startShellTask(
  { command: "sleep 60 & echo $!; sleep 60; wait", env: {}, cwd: process.cwd(), timeoutMs: 0 },
  {
    onOutput(chunk) {
      const grandchildPid = Number(chunk.text.trim());
      const identity = { pid: task.pid, processStart: task.processStart, grandchildPid };
      process.stdout.write(`${JSON.stringify(identity)}\n`, () => process.exit(0));
    },
  },
);
