import type { CycleType, Dag, Instance, Node, NodeOutput, Project, ResourceGroup } from "../../../model/entities";
import {
  DAG_STATUSES,
  DAG_TYPES,
  PRIORITIES,
  RERUN_MODES,
  SCHEDULER_TYPES,
  isInstanceStatus,
  parseTaskType,
  type DagStatus,
  type DagType,
  type InstanceStatus,
  type Priority,
  type RerunMode,
  type SchedulerType,
  type TaskType,
} from "../../../model/status";
import {
  toBigIntValue,
  toBooleanValue,
  toNullableBigIntValue,
  toNullableNumberValue,
  toNullableStringValue,
  toNumberValue,
  toStringValue,
} from "./raw-values";

/**
 * Row → entity converters. They accept a Prisma model object or a raw `$queryRaw` row with the
 * same (camelCase) column names, and normalise the driver differences.
 */
type Row = Record<string, unknown>;

const CYCLE_TYPES: readonly CycleType[] = ["MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"];

function oneOf<T extends string>(allowed: readonly T[], value: unknown, column: string): T {
  const text = toStringValue(value);
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new TypeError(`Unexpected ${column} "${text}" in the database`);
}

export function toInstanceStatus(value: unknown): InstanceStatus {
  const text = toStringValue(value);
  if (isInstanceStatus(text)) return text;
  throw new TypeError(`Unexpected instance status "${text}" in the database`);
}

export function toTaskType(value: unknown): TaskType {
  const taskType = parseTaskType(toStringValue(value));
  if (taskType === undefined) throw new TypeError(`Unexpected task type "${String(value)}" in the database`);
  return taskType;
}

export function toDagType(value: unknown): DagType {
  return oneOf(DAG_TYPES, value, "DAG type");
}

function toPriority(value: unknown): Priority {
  const priority = toNumberValue(value);
  return (PRIORITIES as readonly number[]).includes(priority) ? (priority as Priority) : 1;
}

export function toProjectEntity(row: Row): Project {
  return {
    id: toBigIntValue(row.id),
    identifier: toStringValue(row.identifier),
    name: toStringValue(row.name),
    description: toStringValue(row.description),
    timezone: toStringValue(row.timezone),
    ownerId: toStringValue(row.ownerId),
    status: toNumberValue(row.status),
    retryTimes: toNumberValue(row.retryTimes),
    retryIntervalMs: toNumberValue(row.retryIntervalMs),
    createdAt: toNumberValue(row.createdAt),
    modifiedAt: toNumberValue(row.modifiedAt),
  };
}

export function toResourceGroupEntity(row: Row): ResourceGroup {
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    identifier: toStringValue(row.identifier),
    name: toStringValue(row.name),
    slots: toNumberValue(row.slots),
    isDefault: toBooleanValue(row.isDefault),
    mode: toStringValue(row.mode),
    createdAt: toNumberValue(row.createdAt),
    modifiedAt: toNumberValue(row.modifiedAt),
  };
}

export function toNodeEntity(row: Row): Node {
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    name: toStringValue(row.name),
    programType: toStringValue(row.programType),
    fileType: toNumberValue(row.fileType),
    command: toStringValue(row.command),
    cronExpress: toStringValue(row.cronExpress),
    cycleType: oneOf(CYCLE_TYPES, row.cycleType, "cycle type"),
    ownerId: toStringValue(row.ownerId),
    priority: toPriority(row.priority),
    resourceGroupId: toBigIntValue(row.resourceGroupId),
    schedulerType: oneOf<SchedulerType>(SCHEDULER_TYPES, row.schedulerType, "scheduler type"),
    rerunMode: oneOf<RerunMode>(RERUN_MODES, row.rerunMode, "rerun mode"),
    autoRerunTimes: toNumberValue(row.autoRerunTimes),
    autoRerunIntervalMs: toNumberValue(row.autoRerunIntervalMs),
    timeoutSeconds: toNumberValue(row.timeoutSeconds),
    paramValues: toStringValue(row.paramValues),
    description: toStringValue(row.description),
    businessName: toStringValue(row.businessName),
    baselineId: toNullableBigIntValue(row.baselineId),
    connection: toStringValue(row.connection),
    sourceFile: toStringValue(row.sourceFile),
    sourceLine: toNumberValue(row.sourceLine),
    isDeleted: toBooleanValue(row.isDeleted),
    createdAt: toNumberValue(row.createdAt),
    modifiedAt: toNumberValue(row.modifiedAt),
  };
}

export function toNodeOutputEntity(row: Row): NodeOutput {
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    nodeId: toBigIntValue(row.nodeId),
    name: toStringValue(row.name),
    tableName: toStringValue(row.tableName),
  };
}

export function toDagEntity(row: Row): Dag {
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    type: toDagType(row.type),
    name: toStringValue(row.name),
    status: oneOf<DagStatus>(DAG_STATUSES, row.status, "DAG status"),
    bizdate: toNumberValue(row.bizdate),
    opSeq: toNullableBigIntValue(row.opSeq),
    createUser: toStringValue(row.createUser),
    parallelism: toBooleanValue(row.parallelism),
    afterDagId: toNullableBigIntValue(row.afterDagId),
    createTime: toNumberValue(row.createTime),
    modifyTime: toNumberValue(row.modifyTime),
    startTime: toNullableNumberValue(row.startTime),
    finishTime: toNullableNumberValue(row.finishTime),
  };
}

export function toInstanceEntity(row: Row): Instance {
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    nodeId: toBigIntValue(row.nodeId),
    dagId: toBigIntValue(row.dagId),
    dagType: toDagType(row.dagType),
    bizdate: toNumberValue(row.bizdate),
    cycTime: toNumberValue(row.cycTime),
    dueTime: toNumberValue(row.dueTime),
    inGroupId: toNumberValue(row.inGroupId),
    status: toInstanceStatus(row.status),
    taskType: toTaskType(row.taskType),
    priority: toPriority(row.priority),
    resourceGroupId: toBigIntValue(row.resourceGroupId),
    paramValues: toStringValue(row.paramValues),
    pendingParents: toNumberValue(row.pendingParents),
    isSuspended: toBooleanValue(row.isSuspended),
    rerunsLeft: toNullableNumberValue(row.rerunsLeft),
    attempt: toNumberValue(row.attempt),
    exitCode: toNullableNumberValue(row.exitCode),
    errorMessage: toStringValue(row.errorMessage),
    createUser: toStringValue(row.createUser),
    baselineId: toNullableBigIntValue(row.baselineId),
    createTime: toNumberValue(row.createTime),
    modifyTime: toNumberValue(row.modifyTime),
    beginWaitTimeTime: toNullableNumberValue(row.beginWaitTimeTime),
    beginWaitResTime: toNullableNumberValue(row.beginWaitResTime),
    beginRunningTime: toNullableNumberValue(row.beginRunningTime),
    finishTime: toNullableNumberValue(row.finishTime),
    claimOwner: toNullableStringValue(row.claimOwner),
    claimHeartbeat: toNullableNumberValue(row.claimHeartbeat),
    pid: toNullableNumberValue(row.pid),
    processStart: toNullableStringValue(row.processStart),
  };
}
