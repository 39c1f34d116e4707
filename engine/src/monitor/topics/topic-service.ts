import type { Database } from "../../store/database";
import type { GraphInstance } from "../../store/queries/monitor/instance-graph";
import { closeTopicsOfInstance, listOpenTopics, openTopic, recordTopicAlert, saveTopicInfluence, type TopicRecord, type TopicType } from "../../store/queries/monitor/topics";
import type { RaiseAlertInput } from "../alerts/raise-alert";
import type { BaselineGraph } from "../baselines/evaluate";
import type { TrackedBaselineInstance } from "../baselines/monitor-service";
import { STATUS_SEVERITY } from "../baselines/status-rules";

/**
 * Events (topics), docs/monitoring.md "Events (topics)": an instance protected by a baseline (in the
 * upstream graph of a live baseline instance) that ends FAILURE opens an ERROR topic; one that runs
 * much longer than usual (evaluate.ts slowThresholdOf) opens a SLOW topic. One topic per instance,
 * type and attempt. When the instance succeeds, its open topics close: NEW and FIXING become
 * RECOVER, an IGNOREd one stays IGNORE; both get the fix time.
 */
export type TopicContext = {
  db: Database;
  now: () => number;
  raiseAlert?: (db: Database, alert: RaiseAlertInput) => Promise<unknown>;
  tracked: () => TrackedBaselineInstance[];
};

/** A topic pages again at most once a day while it stays the same. */
const TOPIC_ALERT_INTERVAL_SECONDS = 86_400;

function graphHolding(context: TopicContext, instanceId: bigint): BaselineGraph | null {
  for (const entry of context.tracked()) if (entry.graph.instances.has(instanceId)) return entry.graph;
  return null;
}

/** Opens ERROR topics for failed instances and closes the topics of succeeded ones, among `instanceIds`. */
export async function openOrCloseTopics(context: TopicContext, instanceIds: readonly bigint[]): Promise<void> {
  const now = context.now();
  for (const id of instanceIds) {
    const graph = graphHolding(context, id);
    const instance = graph?.instances.get(id);
    if (!graph || !instance) continue;
    if (instance.status === "FAILURE") await open(context, "ERROR", instance, graph, instance.finishTime ?? now, now);
    else if (instance.status === "SUCCESS") await closeTopicsOfInstance(context.db, id, instance.finishTime ?? now);
  }
}

export async function openSlowTopic(context: TopicContext, instance: GraphInstance, graph: BaselineGraph, happenTime: number): Promise<void> {
  await open(context, "SLOW", instance, graph, happenTime, context.now());
}

async function open(context: TopicContext, type: TopicType, instance: GraphInstance, graph: BaselineGraph, happenTime: number, now: number): Promise<void> {
  const node = graph.nodes.get(instance.nodeId);
  const nodeName = node?.name ?? String(instance.nodeId);
  const usual = graph.timings.get(instance.nodeId)?.averageMs ?? 0;
  const { topic, created } = await openTopic(context.db, {
    projectId: instance.projectId,
    instanceId: instance.id,
    nodeId: instance.nodeId,
    nodeName,
    nodeOwner: node?.owner ?? "",
    topicType: type,
    topicName: type === "ERROR" ? `${nodeName} failed` : `${nodeName} runs slow (usually ${Math.round(usual / 1000)} s)`,
    happenTime,
    addTime: now,
    attempt: instance.attempt,
  });
  if (!created) return;
  await refreshTopicInfluence(context, [topic]);
  await raiseTopicAlert(context, topic, now);
}

async function raiseTopicAlert(context: TopicContext, topic: TopicRecord, now: number): Promise<void> {
  if (!context.raiseAlert) return;
  const what = topic.topicType === "ERROR" ? "failed" : "runs much slower than usual";
  await context.raiseAlert(context.db, {
    source: "TOPIC_ALERT",
    projectId: topic.projectId,
    dedupeKey: `topic:${topic.id}`,
    title: `Event: ${topic.topicName}`,
    content: `Instance ${String(topic.instanceId)} of node ${topic.nodeName} ${what}. It is on the path of baselines; see GetTopicInfluence for the ones it threatens.`,
    receivers: { users: topic.nodeOwner ? [topic.nodeOwner] : [], methods: ["MAIL"] },
    at: now,
    intervalSeconds: TOPIC_ALERT_INTERVAL_SECONDS,
    links: { topicId: BigInt(topic.id), instanceId: topic.instanceId, nodeId: topic.nodeId },
    details: {
      topics: [
        {
          topicId: String(topic.id),
          topicName: topic.topicName,
          topicOwner: topic.nodeOwner,
          topicStatus: topic.topicStatus,
          instanceId: String(topic.instanceId),
          nodeId: String(topic.nodeId),
        },
      ],
    },
  });
  await recordTopicAlert(context.db, topic.id, now, null);
}

/**
 * Recomputes which live baseline instances each open topic threatens (those whose upstream graph
 * holds its instance) and the worst of them: the worst status first, then the smallest buffer.
 */
export async function refreshTopicInfluence(context: TopicContext, topics?: readonly TopicRecord[]): Promise<void> {
  const open = topics ?? (await listOpenTopics(context.db));
  if (open.length === 0) return;
  const entries = context.tracked();
  for (const topic of open) {
    const threatened = entries.filter((entry) => entry.rowId !== null && entry.saved !== null && entry.graph.instances.has(topic.instanceId));
    const ids = threatened.map((entry) => entry.rowId as number);
    const worst = [...threatened].sort((a, b) => {
      const severity = STATUS_SEVERITY[b.saved?.status ?? "SAFE"] - STATUS_SEVERITY[a.saved?.status ?? "SAFE"];
      return severity !== 0 ? severity : (a.saved?.buffer ?? 0) - (b.saved?.buffer ?? 0);
    })[0];
    const next = worst?.saved
      ? { baselineId: worst.config.id, inGroupId: worst.inGroupId, bizdate: worst.saved.bizdate, buffer: worst.saved.buffer, status: worst.saved.status }
      : null;
    const isSame =
      topics === undefined &&
      topic.baselineId === (next?.baselineId ?? null) &&
      topic.baselineBuffer === (next?.buffer ?? null) &&
      topic.baselineStatus === (next?.status ?? null);
    if (!isSame) await saveTopicInfluence(context.db, topic.id, ids, next);
  }
}
