import "server-only";
import type { TTopicDetail } from "@/lib/contracts/topics";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { ApiError } from "@/lib/server/http/api-error";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toTopicDetail } from "./topic-mapper";
import { ZGetTopicAnswer, ZGetTopicInfluenceAnswer } from "./upstream-schemas";

/** One event with the baseline instances it threatens, most threatened first (GetTopic + GetTopicInfluence). */
export async function readTopic(client: DataWorksClient, input: { projectId: string; topicId: string; timezone: string }): Promise<TTopicDetail> {
  const [topic, influence] = await withMonitorErrors("event", () =>
    Promise.all([client.call("GetTopic", { TopicId: input.topicId }, ZGetTopicAnswer), client.call("GetTopicInfluence", { TopicId: input.topicId }, ZGetTopicInfluenceAnswer)]),
  );
  if (topic.Data.ProjectId !== undefined && topic.Data.ProjectId !== null && topic.Data.ProjectId !== input.projectId) {
    throw new ApiError("NOT_FOUND", "This event belongs to another workspace.");
  }
  return toTopicDetail(topic.Data, influence.Data.Influences ?? [], input.timezone);
}

export async function getTopic(input: { serviceId: number; projectId: string; topicId: string }): Promise<TTopicDetail> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  return readTopic(client, { projectId: input.projectId, topicId: input.topicId, timezone });
}
