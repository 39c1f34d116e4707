import type { Database } from "../../database";
import { inWriteTransaction } from "../../transaction";
import { toBigIntValue, toBooleanValue, toNullableBigIntValue, toNullableNumberValue, toNumberValue, toStringValue } from "../common/raw-values";

export const TOPIC_TYPES = ["ERROR", "SLOW"] as const;
export type TopicType = (typeof TOPIC_TYPES)[number];
export const TOPIC_STATUSES = ["NEW", "FIXING", "RECOVER", "IGNORE"] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

export type TopicRecord = {
  id: number;
  projectId: bigint;
  instanceId: bigint;
  nodeId: bigint;
  nodeName: string;
  nodeOwner: string;
  topicType: TopicType;
  topicStatus: TopicStatus;
  topicName: string;
  happenTime: number;
  addTime: number;
  fixTime: number | null;
  assigner: string;
  dealUser: string;
  dealTime: number | null;
  dealNote: string;
  alertTime: number | null;
  nextAlertTime: number | null;
  baselineId: bigint | null;
  baselineInGroupId: number | null;
  baselineBizdate: number | null;
  baselineBuffer: number | null;
  baselineStatus: string | null;
  attempt: number;
  isOpen: boolean;
};

function toTopic(row: Record<string, unknown>): TopicRecord {
  return {
    id: toNumberValue(row.id),
    projectId: toBigIntValue(row.projectId),
    instanceId: toBigIntValue(row.instanceId),
    nodeId: toBigIntValue(row.nodeId),
    nodeName: toStringValue(row.nodeName),
    nodeOwner: toStringValue(row.nodeOwner),
    topicType: toStringValue(row.topicType) as TopicType,
    topicStatus: toStringValue(row.topicStatus) as TopicStatus,
    topicName: toStringValue(row.topicName),
    happenTime: toNumberValue(row.happenTime),
    addTime: toNumberValue(row.addTime),
    fixTime: toNullableNumberValue(row.fixTime),
    assigner: toStringValue(row.assigner),
    dealUser: toStringValue(row.dealUser),
    dealTime: toNullableNumberValue(row.dealTime),
    dealNote: toStringValue(row.dealNote),
    alertTime: toNullableNumberValue(row.alertTime),
    nextAlertTime: toNullableNumberValue(row.nextAlertTime),
    baselineId: toNullableBigIntValue(row.baselineId),
    baselineInGroupId: toNullableNumberValue(row.baselineInGroupId),
    baselineBizdate: toNullableNumberValue(row.baselineBizdate),
    baselineBuffer: toNullableNumberValue(row.baselineBuffer),
    baselineStatus: row.baselineStatus === null || row.baselineStatus === undefined ? null : toStringValue(row.baselineStatus),
    attempt: toNumberValue(row.attempt),
    isOpen: toBooleanValue(row.isOpen),
  };
}

export type NewTopic = Pick<TopicRecord, "projectId" | "instanceId" | "nodeId" | "nodeName" | "nodeOwner" | "topicType" | "topicName" | "happenTime" | "addTime" | "attempt">;

/** Opens a topic unless one exists for the same instance, type and attempt; `created` says which. */
export async function openTopic(db: Database, topic: NewTopic): Promise<{ topic: TopicRecord; created: boolean }> {
  const key = { instanceId: topic.instanceId, topicType: topic.topicType, attempt: topic.attempt };
  const existing = await db.prisma.topic.findUnique({ where: { instanceId_topicType_attempt: key } });
  if (existing) return { topic: toTopic(existing), created: false };
  try {
    const row = await db.prisma.topic.create({
      data: { ...topic, happenTime: BigInt(topic.happenTime), addTime: BigInt(topic.addTime), topicStatus: "NEW", isOpen: true },
    });
    return { topic: toTopic(row), created: true };
  } catch (error) {
    // Another engine process opened it first.
    const row = await db.prisma.topic.findUnique({ where: { instanceId_topicType_attempt: key } });
    if (row) return { topic: toTopic(row), created: false };
    throw error;
  }
}

/** Closes the open topics of an instance that recovered: NEW/FIXING become RECOVER; IGNORE stays. */
export async function closeTopicsOfInstance(db: Database, instanceId: bigint, fixTime: number): Promise<TopicRecord[]> {
  const open = await db.prisma.topic.findMany({ where: { instanceId, isOpen: true } });
  for (const row of open) {
    const status = row.topicStatus === "IGNORE" ? "IGNORE" : "RECOVER";
    await db.prisma.topic.update({ where: { id: row.id }, data: { isOpen: false, topicStatus: status, fixTime: BigInt(fixTime) } });
    await db.prisma.topicAction.create({ data: { topicId: row.id, fromStatus: row.topicStatus, toStatus: status, operator: "system", note: "the instance succeeded", at: BigInt(fixTime) } });
  }
  return open.map((row) => toTopic({ ...row, isOpen: false }));
}

export async function findTopicById(db: Database, topicId: number): Promise<TopicRecord | null> {
  const row = await db.prisma.topic.findUnique({ where: { id: topicId } });
  return row ? toTopic(row) : null;
}

export async function listOpenTopics(db: Database): Promise<TopicRecord[]> {
  return (await db.prisma.topic.findMany({ where: { isOpen: true }, orderBy: { id: "asc" } })).map(toTopic);
}

export type TopicListFilter = {
  addedFrom: number;
  addedTo: number;
  types?: TopicType[];
  statuses?: TopicStatus[];
  nodeId?: bigint;
  instanceId?: bigint;
  owner?: string;
};

/** Topics discovered in [addedFrom, addedTo], newest first. */
export async function listTopics(db: Database, filter: TopicListFilter, page: { number: number; size: number }): Promise<{ total: number; topics: TopicRecord[] }> {
  const where = {
    addTime: { gte: BigInt(filter.addedFrom), lte: BigInt(filter.addedTo) },
    ...(filter.types ? { topicType: { in: filter.types } } : {}),
    ...(filter.statuses ? { topicStatus: { in: filter.statuses } } : {}),
    ...(filter.nodeId !== undefined ? { nodeId: filter.nodeId } : {}),
    ...(filter.instanceId !== undefined ? { instanceId: filter.instanceId } : {}),
    ...(filter.owner !== undefined ? { nodeOwner: filter.owner } : {}),
  };
  const [total, rows] = await Promise.all([
    db.prisma.topic.count({ where }),
    db.prisma.topic.findMany({ where, orderBy: [{ addTime: "desc" }, { id: "desc" }], skip: (page.number - 1) * page.size, take: page.size }),
  ]);
  return { total, topics: rows.map(toTopic) };
}

/** Topics on any of the instances (for the key path's Topics). */
export async function listTopicsOfInstances(db: Database, instanceIds: readonly bigint[]): Promise<TopicRecord[]> {
  if (instanceIds.length === 0) return [];
  return (await db.prisma.topic.findMany({ where: { instanceId: { in: [...instanceIds] } }, orderBy: { id: "asc" } })).map(toTopic);
}

/** Replaces a topic's influence and its worst threatened baseline instance. */
export async function saveTopicInfluence(
  db: Database,
  topicId: number,
  baselineInstanceIds: readonly number[],
  worst: { baselineId: bigint; inGroupId: number; bizdate: number; buffer: number | null; status: string } | null,
): Promise<void> {
  await inWriteTransaction(db, async (tx) => {
    await tx.topicInfluence.deleteMany({ where: { topicId } });
    if (baselineInstanceIds.length > 0) await tx.topicInfluence.createMany({ data: baselineInstanceIds.map((baselineInstanceId) => ({ topicId, baselineInstanceId })) });
    await tx.topic.update({
      where: { id: topicId },
      data: {
        baselineId: worst?.baselineId ?? null,
        baselineInGroupId: worst?.inGroupId ?? null,
        baselineBizdate: worst === null ? null : BigInt(worst.bizdate),
        baselineBuffer: worst?.buffer ?? null,
        baselineStatus: worst?.status ?? null,
      },
    });
  });
}

export async function listInfluenceOfTopic(db: Database, topicId: number): Promise<number[]> {
  return (await db.prisma.topicInfluence.findMany({ where: { topicId }, orderBy: { baselineInstanceId: "asc" } })).map((row) => row.baselineInstanceId);
}

export async function listTopicIdsOfBaselineInstances(db: Database, baselineInstanceIds: readonly number[]): Promise<Map<number, number[]>> {
  const rows = baselineInstanceIds.length === 0 ? [] : await db.prisma.topicInfluence.findMany({ where: { baselineInstanceId: { in: [...baselineInstanceIds] } } });
  const result = new Map<number, number[]>();
  for (const row of rows) result.set(row.topicId, [...(result.get(row.topicId) ?? []), row.baselineInstanceId]);
  return result;
}

export async function recordTopicAlert(db: Database, topicId: number, at: number, nextAlertTime: number | null): Promise<void> {
  const row = await db.prisma.topic.findUnique({ where: { id: topicId }, select: { alertTime: true } });
  await db.prisma.topic.update({ where: { id: topicId }, data: { alertTime: row?.alertTime ?? BigInt(at), nextAlertTime: nextAlertTime === null ? null : BigInt(nextAlertTime) } });
}

/**
 * Moves a topic to a handling status with a note, recording who and when (topic_action). A move to
 * the status it already has changes nothing and is reported as such.
 */
export async function updateTopicStatus(
  db: Database,
  change: { topicId: number; status: TopicStatus; operator: string; note: string; at: number },
): Promise<{ topic: TopicRecord; changed: boolean } | null> {
  return inWriteTransaction(db, async (tx) => {
    const row = await tx.topic.findUnique({ where: { id: change.topicId } });
    if (!row) return null;
    if (row.topicStatus === change.status) return { topic: toTopic(row), changed: false };
    const isClosing = change.status === "RECOVER" || change.status === "IGNORE";
    const updated = await tx.topic.update({
      where: { id: change.topicId },
      data: {
        topicStatus: change.status,
        dealUser: change.operator,
        dealTime: BigInt(change.at),
        dealNote: change.note,
        isOpen: !isClosing && row.isOpen,
        ...(change.status === "RECOVER" && row.fixTime === null ? { fixTime: BigInt(change.at) } : {}),
        ...(change.status === "FIXING" && row.assigner === "" ? { assigner: change.operator } : {}),
      },
    });
    await tx.topicAction.create({ data: { topicId: change.topicId, fromStatus: row.topicStatus, toStatus: change.status, operator: change.operator, note: change.note, at: BigInt(change.at) } });
    return { topic: toTopic(updated), changed: true };
  });
}

export async function listTopicActions(db: Database, topicId: number): Promise<{ fromStatus: string; toStatus: string; operator: string; note: string; at: number }[]> {
  const rows = await db.prisma.topicAction.findMany({ where: { topicId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ fromStatus: row.fromStatus, toStatus: row.toStatus, operator: row.operator, note: row.note, at: toNumberValue(row.at) }));
}
