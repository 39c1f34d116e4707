import { z } from "zod";
import { EngineError } from "../../../model/errors";
import type { Database } from "../../../store/database";
import { findTopicById, TOPIC_STATUSES, TOPIC_TYPES, type TopicRecord, type TopicStatus, type TopicType } from "../../../store/queries/monitor/topics";
import { MONITOR_ERROR_CODES } from "../baselines/baseline-wire";

export async function getTopicOrThrow(db: Database, topicId: bigint): Promise<TopicRecord> {
  const topic = topicId <= 2_147_483_647n ? await findTopicById(db, Number(topicId)) : null;
  if (!topic) throw new EngineError(MONITOR_ERROR_CODES.topicNotExist, `The topic does not exist: ${String(topicId)}.`, 500);
  return topic;
}

function commaEnum<T extends string>(allowed: readonly T[], expected: string) {
  return z.string({ error: expected }).transform((text, context) => {
    const items = text.split(",").map((item) => item.trim().toUpperCase()).filter(Boolean);
    if (items.length === 0 || items.some((item) => !(allowed as readonly string[]).includes(item))) context.addIssue(expected);
    return [...new Set(items)] as T[];
  });
}

export const zTopicTypes = commaEnum<TopicType>(TOPIC_TYPES, "expected comma-separated topic types: SLOW, ERROR");
export const zTopicStatuses = commaEnum<TopicStatus>(TOPIC_STATUSES, "expected comma-separated topic statuses: IGNORE, NEW, FIXING, RECOVER");

/** ListTopics' Topics[]. */
export function toTopicListWire(topic: TopicRecord) {
  return {
    TopicId: BigInt(topic.id),
    TopicName: topic.topicName,
    TopicType: topic.topicType,
    TopicStatus: topic.topicStatus,
    AddTime: topic.addTime,
    HappenTime: topic.happenTime,
    FixTime: topic.fixTime,
    InstanceId: topic.instanceId,
    NodeId: topic.nodeId,
    NodeName: topic.nodeName,
    NodeOwner: topic.nodeOwner,
    ProjectId: topic.projectId,
  };
}

/** GetTopic's Data, plus the Nightshift extension DealNote (the last handling note). */
export function toTopicDetailWire(topic: TopicRecord, baselineName: string | null) {
  return {
    TopicId: BigInt(topic.id),
    TopicName: topic.topicName,
    TopicType: topic.topicType,
    TopicStatus: topic.topicStatus,
    Owner: topic.nodeOwner,
    Assigner: topic.assigner,
    DealUser: topic.dealUser,
    DealTime: topic.dealTime,
    DealNote: topic.dealNote,
    HappenTime: topic.happenTime,
    AddTime: topic.addTime,
    FixTime: topic.fixTime,
    AlertTime: topic.alertTime,
    NextAlertTime: topic.nextAlertTime,
    Buffer: topic.baselineBuffer,
    InstanceId: topic.instanceId,
    NodeId: topic.nodeId,
    NodeName: topic.nodeName,
    ProjectId: topic.projectId,
    BaselineId: topic.baselineId,
    BaselineName: baselineName,
    BaselineInGroupId: topic.baselineInGroupId,
    BaselineBuffer: topic.baselineBuffer,
    BaselineStatus: topic.baselineStatus,
  };
}
