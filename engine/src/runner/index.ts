export type { KillReason, OutputChunk, OutputStream, RunningTask, TaskOutputHandlers, TaskResult, TaskSpec } from "./types";
export { startShellTask } from "./shell-task";
export { isTaskProcessAlive, readProcessStart } from "./process-table";
export { DEFAULT_KILL_GRACE_MS, killTaskProcessGroup } from "./process-group";
export { DEFAULT_MAX_OUTPUT_BYTES } from "./task-output";
export { createLogBatcher, type LogBatcher, type LogBatcherOptions } from "./log-batcher";
export {
  parseParamValues,
  renderCommand,
  resolveTaskParameters,
  schedulingParameters,
  type SchedulingParameters,
} from "./parameters";
