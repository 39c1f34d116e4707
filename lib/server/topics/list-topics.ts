import "server-only";
import { MAX_TOPIC_RANGE_DAYS, type TTopicList, type TTopicListQuery } from "@/lib/contracts/topics";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toTopicSummary } from "./topic-mapper";
import { toDayRange } from "./topic-range";
import { ZListTopicsAnswer } from "./upstream-schemas";

/**
 * One page of events discovered in a date range (ListTopics), newest first as the upstream orders
 * them, filtered by status and type upstream. ListTopics has no ProjectId: events of other
 * workspaces on the same page are dropped here.
 */
export async function listTopics(input: { serviceId: number; projectId: string; query: TTopicListQuery; now?: number }): Promise<TTopicList> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  const range = toDayRange({ from: input.query.from, to: input.query.to, now: input.now ?? Date.now(), timezone, defaultDays: 7, maxDays: MAX_TOPIC_RANGE_DAYS });
  const answer = await withMonitorErrors("event", () =>
    client.call(
      "ListTopics",
      {
        BeginTime: range.beginTime,
        EndTime: range.endTime,
        PageNumber: input.query.page,
        PageSize: input.query.pageSize,
        TopicStatuses: input.query.status?.join(","),
        TopicTypes: input.query.type?.join(","),
      },
      ZListTopicsAnswer,
    ),
  );
  const topics = (answer.Data.Topics ?? []).filter((topic) => topic.ProjectId === undefined || topic.ProjectId === null || topic.ProjectId === input.projectId);
  return {
    items: topics.map(toTopicSummary),
    page: input.query.page,
    pageSize: input.query.pageSize,
    totalCount: answer.Data.TotalCount,
    from: range.from,
    to: range.to,
    timezone,
  };
}
