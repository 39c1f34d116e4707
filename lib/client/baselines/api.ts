import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import {
  ZBaselineBoard,
  ZBaselineConfigList,
  ZBaselineInstanceDetail,
  ZBaselineNodeList,
  ZKeyPathNeighbourhood,
  type TBaselineBoard,
  type TBaselineBoardQuery,
  type TBaselineConfigList,
  type TBaselineInstanceDetail,
  type TBaselineNodeList,
  type TKeyPathNeighbourhood,
} from "@/lib/contracts/baselines";

export function workspaceApiPath(workspace: TWorkspaceRef): string {
  return `/api/s/${workspace.serviceId}/p/${encodeURIComponent(workspace.projectId)}`;
}

export function fetchBaselineBoard(workspace: TWorkspaceRef, query: TBaselineBoardQuery, signal?: AbortSignal): Promise<TBaselineBoard> {
  const search = toSearchParams({ bizdate: query.bizdate, owner: query.owner, search: query.search, priority: query.priority?.join(","), status: query.status?.join(",") });
  return fetchJson(`${workspaceApiPath(workspace)}/baselines${search}`, { schema: ZBaselineBoard, signal });
}

export function fetchBaselineInstance(workspace: TWorkspaceRef, baselineId: string, bizdate: string, inGroupId: number, signal?: AbortSignal): Promise<TBaselineInstanceDetail> {
  return fetchJson(`${workspaceApiPath(workspace)}/baselines/${encodeURIComponent(baselineId)}/${bizdate}${toSearchParams({ inGroupId })}`, { schema: ZBaselineInstanceDetail, signal });
}

export function fetchBaselineConfigs(workspace: TWorkspaceRef, search: string, signal?: AbortSignal): Promise<TBaselineConfigList> {
  return fetchJson(`${workspaceApiPath(workspace)}/baselines/configs${toSearchParams({ search })}`, { schema: ZBaselineConfigList, signal });
}

export function fetchBaselineNodes(workspace: TWorkspaceRef, baselineId: string, signal?: AbortSignal): Promise<TBaselineNodeList> {
  return fetchJson(`${workspaceApiPath(workspace)}/baselines/${encodeURIComponent(baselineId)}/nodes`, { schema: ZBaselineNodeList, signal });
}

export function fetchKeyPathNeighbourhood(workspace: TWorkspaceRef, baselineId: string, bizdate: string, inGroupId: number, hops: number, signal?: AbortSignal): Promise<TKeyPathNeighbourhood> {
  return fetchJson(`${workspaceApiPath(workspace)}/baselines/${encodeURIComponent(baselineId)}/${bizdate}/neighbourhood${toSearchParams({ inGroupId, hops })}`, { schema: ZKeyPathNeighbourhood, signal });
}
