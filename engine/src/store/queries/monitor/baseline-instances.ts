import type { BaselineStatus, FinishStatus } from "../../../monitor/baselines/baseline-config";
import type { Database } from "../../database";
import { toBigIntValue, toNullableBigIntValue, toNullableNumberValue, toNumberValue, toStringValue } from "../common/raw-values";

export type BaselineInstanceRecord = {
  id: number;
  baselineId: bigint;
  projectId: bigint;
  bizdate: number;
  inGroupId: number;
  slaTime: number;
  expTime: number;
  endCast: number | null;
  buffer: number | null;
  status: BaselineStatus;
  finishStatus: FinishStatus;
  finishTime: number | null;
  lastInstanceId: bigint | null;
  blockInstanceId: bigint | null;
  keyPath: bigint[];
  evaluatedAt: number;
};

export type BaselineInstanceValues = Omit<BaselineInstanceRecord, "id">;

function toRecord(row: Record<string, unknown>): BaselineInstanceRecord {
  const keyPath = toStringValue(row.keyPath);
  return {
    id: toNumberValue(row.id),
    baselineId: toBigIntValue(row.baselineId),
    projectId: toBigIntValue(row.projectId),
    bizdate: toNumberValue(row.bizdate),
    inGroupId: toNumberValue(row.inGroupId),
    slaTime: toNumberValue(row.slaTime),
    expTime: toNumberValue(row.expTime),
    endCast: toNullableNumberValue(row.endCast),
    buffer: toNullableNumberValue(row.buffer),
    status: toStringValue(row.status) as BaselineStatus,
    finishStatus: toStringValue(row.finishStatus) as FinishStatus,
    finishTime: toNullableNumberValue(row.finishTime),
    lastInstanceId: toNullableBigIntValue(row.lastInstanceId),
    blockInstanceId: toNullableBigIntValue(row.blockInstanceId),
    keyPath: keyPath === "" ? [] : keyPath.split(",").map((id) => BigInt(id)),
    evaluatedAt: toNumberValue(row.evaluatedAt),
  };
}

function toData(values: BaselineInstanceValues) {
  return {
    baselineId: values.baselineId,
    projectId: values.projectId,
    bizdate: BigInt(values.bizdate),
    inGroupId: values.inGroupId,
    slaTime: BigInt(values.slaTime),
    expTime: BigInt(values.expTime),
    endCast: values.endCast === null ? null : BigInt(values.endCast),
    buffer: values.buffer,
    status: values.status,
    finishStatus: values.finishStatus,
    finishTime: values.finishTime === null ? null : BigInt(values.finishTime),
    lastInstanceId: values.lastInstanceId,
    blockInstanceId: values.blockInstanceId,
    keyPath: values.keyPath.join(","),
    evaluatedAt: BigInt(values.evaluatedAt),
  };
}

/** Writes one baseline instance (insert or update by baseline, bizdate and cycle); returns its row ID. */
export async function saveBaselineInstance(db: Database, values: BaselineInstanceValues): Promise<number> {
  const data = toData(values);
  const row = await db.prisma.baselineInstance.upsert({
    where: { baselineId_bizdate_inGroupId: { baselineId: values.baselineId, bizdate: data.bizdate, inGroupId: values.inGroupId } },
    create: data,
    update: data,
    select: { id: true },
  });
  return row.id;
}

export async function findBaselineInstance(db: Database, baselineId: bigint, bizdate: number, inGroupId: number): Promise<BaselineInstanceRecord | null> {
  const row = await db.prisma.baselineInstance.findUnique({ where: { baselineId_bizdate_inGroupId: { baselineId, bizdate: BigInt(bizdate), inGroupId } } });
  return row ? toRecord(row) : null;
}

export async function findBaselineInstancesByIds(db: Database, ids: readonly number[]): Promise<BaselineInstanceRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.prisma.baselineInstance.findMany({ where: { id: { in: [...ids] } } });
  return rows.map(toRecord);
}

/** Baseline instances of any of the bizdates (epoch ms of local midnight, one per workspace zone). */
export async function listBaselineInstancesOfBizdates(db: Database, bizdates: readonly number[]): Promise<BaselineInstanceRecord[]> {
  if (bizdates.length === 0) return [];
  const rows = await db.prisma.baselineInstance.findMany({ where: { bizdate: { in: bizdates.map(BigInt) } }, orderBy: [{ baselineId: "asc" }, { inGroupId: "asc" }] });
  return rows.map(toRecord);
}

/** Unfinished baseline instances evaluated since `since` (what the monitor tracks after a restart). */
export async function listUnfinishedBaselineInstances(db: Database, sinceBizdate: number): Promise<BaselineInstanceRecord[]> {
  const rows = await db.prisma.baselineInstance.findMany({ where: { finishStatus: "UNFINISH", bizdate: { gte: BigInt(sinceBizdate) } } });
  return rows.map(toRecord);
}
