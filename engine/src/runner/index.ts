export type { KillReason, OutputChunk, OutputStream, RunningTask, TaskOutputHandlers, TaskResult, TaskSpec } from "./types";
export { startShellTask } from "./shell-task";
export { isTaskProcessAlive, readProcessStart } from "./process-table";
export { DEFAULT_KILL_GRACE_MS, killTaskProcessGroup } from "./process-group";
