/** Instance statuses exactly as DataWorks puts them on the wire (spec §2.1). */
export const INSTANCE_STATUSES = [
  "NOT_RUN",
  "WAIT_TIME",
  "WAIT_RESOURCE",
  "RUNNING",
  "CHECKING",
  "CHECKING_CONDITION",
  "FAILURE",
  "SUCCESS",
] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<InstanceStatus> = new Set(["FAILURE", "SUCCESS"]);
/** Not yet started: waiting on parents, on time or on a resource slot. */
export const WAITING_STATUSES: ReadonlySet<InstanceStatus> = new Set(["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"]);
/** A process (or a check) is under way. */
export const ACTIVE_STATUSES: ReadonlySet<InstanceStatus> = new Set(["RUNNING", "CHECKING", "CHECKING_CONDITION"]);

export function isInstanceStatus(value: string): value is InstanceStatus {
  return (INSTANCE_STATUSES as readonly string[]).includes(value);
}

/** Instance task types with their wire codes (spec §2.2); the wire form is `NAME(code)`. */
export const TASK_TYPE_CODES = {
  NORMAL: 0,
  MANUAL: 1,
  PAUSE: 2,
  SKIP: 3,
  SKIP_UNCHOOSE: 4,
  SKIP_CYCLE: 5,
  CONDITION_UNCHOOSE: 6,
  REALTIME_DEPRECATED: 7,
} as const;
export type TaskType = keyof typeof TASK_TYPE_CODES;
export const TASK_TYPES = Object.keys(TASK_TYPE_CODES) as TaskType[];

export function toWireTaskType(taskType: TaskType): string {
  return `${taskType}(${TASK_TYPE_CODES[taskType]})`;
}

/** Accepts both `NORMAL(0)` and `NORMAL`, as the spec's examples use both (spec §5.4). */
export function parseTaskType(value: string): TaskType | undefined {
  const name = value.replace(/\(\d+\)$/, "");
  return name in TASK_TYPE_CODES ? (name as TaskType) : undefined;
}

/**
 * What happens to an instance of this task type when scheduling reaches it (spec §3.2):
 * `run` executes it, `succeed` sets SUCCESS without running, `fail` sets FAILURE without running.
 */
export function outcomeAtScheduling(taskType: TaskType): "run" | "succeed" | "fail" {
  switch (taskType) {
    case "NORMAL":
    case "MANUAL":
      return "run";
    case "PAUSE":
      return "fail";
    default:
      return "succeed";
  }
}

/** Node scheduler types (spec §2.5). */
export const SCHEDULER_TYPES = ["NORMAL", "MANUAL", "PAUSE", "SKIP"] as const;
export type SchedulerType = (typeof SCHEDULER_TYPES)[number];

/** Rerun modes (CreateFile's RerunMode, spec §3.5). */
export const RERUN_MODES = ["ALL_ALLOWED", "FAILURE_ALLOWED", "ALL_DENIED"] as const;
export type RerunMode = (typeof RERUN_MODES)[number];

export const DAG_TYPES = ["DAILY", "MANUAL", "SMOKE_TEST", "SUPPLY_DATA", "BUSINESS_PROCESS_DAG"] as const;
export type DagType = (typeof DAG_TYPES)[number];

export const DAG_STATUSES = ["CREATED", "RUNNING", "FAILURE", "SUCCESS"] as const;
export type DagStatus = (typeof DAG_STATUSES)[number];

export const PRIORITIES = [1, 3, 5, 7, 8] as const;
export type Priority = (typeof PRIORITIES)[number];
