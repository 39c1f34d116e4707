import type { DagStatus, DagType, InstanceStatus, Priority, RerunMode, SchedulerType, TaskType } from "./status";

/** Epoch milliseconds. */
export type EpochMs = number;
/** 64-bit identifiers travel as bigint inside the engine and as exact JSON integers on the wire. */
export type Id = bigint;

export type CycleType = "MINUTE" | "HOUR" | "DAY" | "WEEK" | "MONTH" | "YEAR";

export type Project = {
  id: Id;
  identifier: string;
  name: string;
  description: string;
  timezone: string;
  ownerId: string;
  status: number;
  retryTimes: number;
  retryIntervalMs: number;
  createdAt: EpochMs;
  modifiedAt: EpochMs;
};

export type ResourceGroup = {
  id: Id;
  projectId: Id;
  identifier: string;
  name: string;
  slots: number;
  isDefault: boolean;
  mode: string;
  createdAt: EpochMs;
  modifiedAt: EpochMs;
};

export type Node = {
  id: Id;
  projectId: Id;
  name: string;
  /** DataWorks program type name, e.g. SHELL, VIRTUAL, ODPS_SQL. */
  programType: string;
  /** DataWorks numeric node type code (spec §2.7), e.g. 6 for Shell, 99 for virtual. */
  fileType: number;
  command: string;
  cronExpress: string;
  cycleType: CycleType;
  ownerId: string;
  priority: Priority;
  resourceGroupId: Id;
  schedulerType: SchedulerType;
  rerunMode: RerunMode;
  autoRerunTimes: number;
  autoRerunIntervalMs: number;
  timeoutSeconds: number;
  paramValues: string;
  description: string;
  businessName: string;
  baselineId: Id | null;
  connection: string;
  sourceFile: string;
  sourceLine: number;
  isDeleted: boolean;
  createdAt: EpochMs;
  modifiedAt: EpochMs;
};

export type NodeOutput = { id: Id; projectId: Id; nodeId: Id; name: string; tableName: string };

export type Dag = {
  id: Id;
  projectId: Id;
  type: DagType;
  name: string;
  status: DagStatus;
  bizdate: EpochMs;
  opSeq: Id | null;
  createUser: string;
  parallelism: boolean;
  afterDagId: Id | null;
  createTime: EpochMs;
  modifyTime: EpochMs;
  startTime: EpochMs | null;
  finishTime: EpochMs | null;
};

export type Instance = {
  id: Id;
  projectId: Id;
  nodeId: Id;
  dagId: Id;
  dagType: DagType;
  bizdate: EpochMs;
  cycTime: EpochMs;
  dueTime: EpochMs;
  inGroupId: number;
  status: InstanceStatus;
  taskType: TaskType;
  priority: Priority;
  resourceGroupId: Id;
  paramValues: string;
  pendingParents: number;
  isSuspended: boolean;
  rerunsLeft: number | null;
  attempt: number;
  exitCode: number | null;
  errorMessage: string;
  createUser: string;
  baselineId: Id | null;
  createTime: EpochMs;
  modifyTime: EpochMs;
  beginWaitTimeTime: EpochMs | null;
  beginWaitResTime: EpochMs | null;
  beginRunningTime: EpochMs | null;
  finishTime: EpochMs | null;
  claimOwner: string | null;
  claimHeartbeat: EpochMs | null;
  pid: number | null;
  processStart: string | null;
};

export type Attempt = {
  instanceId: Id;
  attempt: number;
  engineId: string;
  pid: number | null;
  startedAt: EpochMs;
  finishedAt: EpochMs | null;
  exitCode: number | null;
  outcome: string | null;
};

export type OperationRecord = {
  id: Id;
  projectId: Id | null;
  action: string;
  operator: string;
  reason: string;
  targetType: "instance" | "node" | "dag" | "workspace";
  targetId: Id;
  before: string;
  after: string;
  /** APPLIED: state changed; NOOP: already in the asked state; REFUSED: not allowed from this state. */
  result: "APPLIED" | "NOOP" | "REFUSED";
  errorCode: string;
  requestId: string;
  at: EpochMs;
};
