import { z } from "zod";

/**
 * Zod schemas of what pop-core hands back. Its JSON parser (json-bigint) returns integers of more
 * than 15 digits as BigNumber objects and the rest as numbers, so a `Long` is either.
 */
type BigNumberLike = { _isBigNumber: true; toString(): string; isInteger(): boolean };

const zBigNumber = z.custom<BigNumberLike>(
  (value) => typeof value === "object" && value !== null && (value as Partial<BigNumberLike>)._isBigNumber === true && (value as BigNumberLike).isInteger(),
  "expected an integer (BigNumber)",
);

/** A DataWorks `Long`. */
export const zWireLong = z.union([z.number().int(), zBigNumber]);
/** A DataWorks `Integer`. */
export const zWireInt = z.number().int();
/** An epoch-ms time that may not have happened yet. */
export const zWireTime = z.number().int().nullable();

/** The decimal digits of a wire Long, exactly. */
export function exactDigits(value: unknown): string {
  return String(value);
}

export const zRequestId = z.string().regex(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);

/** RequestId, HttpStatusCode, Success and `Data`, nothing else. */
export function standardEnvelope<Data extends z.ZodType>(data: Data) {
  return z.strictObject({ RequestId: zRequestId, HttpStatusCode: z.literal(200), Success: z.literal(true), Data: data });
}

/** RequestId and Success only. */
export const successEnvelope = z.strictObject({ RequestId: zRequestId, Success: z.literal(true) });

/** RequestId beside the payload fields, with no Success fields. */
export function bareEnvelope<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ RequestId: zRequestId, ...shape });
}

/** Parses and fails the test with zod's account of every mismatch. */
export function expectWireShape<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`wire shape mismatch:\n${z.prettifyError(result.error)}\n${JSON.stringify(value, null, 1).slice(0, 2000)}`);
  return result.data;
}

export const INSTANCE_STATUS_VALUES = ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE", "RUNNING", "CHECKING", "CHECKING_CONDITION", "FAILURE", "SUCCESS"] as const;
export const DAG_TYPE_VALUES = ["DAILY", "MANUAL", "SMOKE_TEST", "SUPPLY_DATA", "BUSINESS_PROCESS_DAG"] as const;
export const zTaskTypeWire = z.string().regex(/^(NORMAL|MANUAL|PAUSE|SKIP|SKIP_UNCHOOSE|SKIP_CYCLE|CONDITION_UNCHOOSE|REALTIME_DEPRECATED)\(\d\)$/);

/** GetInstance Data / ListInstances Instances[] (spec §4.5, §4.6) plus the IsSuspended and ProjectId extensions. */
export const zInstanceWire = z.strictObject({
  Status: z.enum(INSTANCE_STATUS_VALUES),
  CycTime: zWireInt,
  BeginRunningTime: zWireTime,
  FinishTime: zWireTime,
  ErrorMessage: z.string(),
  CreateTime: zWireInt,
  DagId: zWireLong,
  Priority: z.union([z.literal(1), z.literal(3), z.literal(5), z.literal(7), z.literal(8)]),
  TaskType: zTaskTypeWire,
  ParamValues: z.string(),
  Connection: z.string(),
  BaselineId: zWireLong.nullable(),
  DqcType: z.literal(1),
  DagType: z.enum(DAG_TYPE_VALUES),
  BusinessId: z.null(),
  TaskRerunTime: zWireInt.nullable(),
  ModifyTime: zWireInt,
  Repeatability: z.boolean(),
  RepeatInterval: zWireInt,
  InstanceId: zWireLong,
  BeginWaitResTime: zWireTime,
  RelatedFlowId: z.null(),
  Bizdate: zWireInt,
  NodeName: z.string(),
  BeginWaitTimeTime: zWireTime,
  DqcDescription: z.null(),
  NodeId: zWireLong,
  CreateUser: z.string(),
  IsSuspended: z.boolean(),
  ProjectId: zWireLong,
});

const SCHEDULER_TYPE_VALUES = ["NORMAL", "MANUAL", "PAUSE", "SKIP"] as const;

/** GetNode Data / ListNodes Nodes[] (spec §4.1, §4.3). */
export const zNodeWire = z.strictObject({
  SchedulerType: z.enum(SCHEDULER_TYPE_VALUES),
  RepeatInterval: zWireInt,
  Repeatability: z.boolean(),
  ProjectId: zWireLong,
  ProgramType: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  Priority: zWireInt,
  OwnerId: z.string(),
  Connection: z.string(),
  ParamValues: z.string(),
  RelatedFlowId: z.null(),
  DqcType: z.literal(1),
  BaselineId: zWireLong.nullable(),
  Description: z.string(),
  NodeName: z.string(),
  ResGroupName: z.string().nullable(),
  BusinessId: z.null(),
  DqcDescription: z.null(),
  CronExpress: z.string(),
  NodeId: zWireLong,
});

/** GetNodeParents / GetNodeChildren Nodes[] (spec §4.28). */
export const zNodeSummaryWire = z.strictObject({
  SchedulerType: z.enum(SCHEDULER_TYPE_VALUES),
  BaselineId: zWireLong.nullable(),
  Repeatability: z.boolean(),
  NodeName: z.string(),
  ProjectId: zWireLong,
  ProgramType: z.string(),
  Priority: zWireInt,
  OwnerId: z.string(),
  CronExpress: z.string(),
  NodeId: zWireLong,
});

/** GetDag Data / ListDags Dags[] (spec §4.24). */
export const zDagWire = z.strictObject({
  Type: z.enum(DAG_TYPE_VALUES),
  Status: z.enum(["CREATED", "RUNNING", "FAILURE", "SUCCESS"]),
  FinishTime: zWireTime,
  CreateTime: zWireInt,
  ProjectId: zWireLong,
  DagId: zWireLong,
  Gmtdate: zWireInt,
  StartTime: zWireTime,
  CreateUser: z.string(),
  Bizdate: zWireInt,
  Name: z.string(),
  ModifyTime: zWireInt,
  OpSeq: zWireLong.nullable(),
});
