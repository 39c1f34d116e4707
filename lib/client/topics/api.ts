import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import { workspaceApiPath } from "@/lib/client/baselines/api";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { ZTopicActionResult, ZTopicDetail, ZTopicList, type TTopicActionBody, type TTopicActionResult, type TTopicDetail, type TTopicList, type TTopicListQuery } from "@/lib/contracts/topics";

export function fetchTopics(workspace: TWorkspaceRef, query: TTopicListQuery, signal?: AbortSignal): Promise<TTopicList> {
  const search = toSearchParams({ from: query.from, to: query.to, status: query.status?.join(","), type: query.type?.join(","), page: query.page, pageSize: query.pageSize });
  return fetchJson(`${workspaceApiPath(workspace)}/topics${search}`, { schema: ZTopicList, signal });
}

export function fetchTopic(workspace: TWorkspaceRef, topicId: string, signal?: AbortSignal): Promise<TTopicDetail> {
  return fetchJson(`${workspaceApiPath(workspace)}/topics/${encodeURIComponent(topicId)}`, { schema: ZTopicDetail, signal });
}

export function postTopicAction(workspace: TWorkspaceRef, topicId: string, body: TTopicActionBody): Promise<TTopicActionResult> {
  return fetchJson(`${workspaceApiPath(workspace)}/topics/${encodeURIComponent(topicId)}/status`, { method: "POST", body, schema: ZTopicActionResult });
}
