import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import {
  ZBackfillPreview,
  ZBackfillResult,
  ZDagDetail,
  ZDagGraph,
  ZDagList,
  type TBackfillBody,
  type TBackfillPreview,
  type TBackfillPreviewBody,
  type TBackfillResult,
  type TDagDetail,
  type TDagGraph,
  type TDagList,
  type TDagListQuery,
} from "@/lib/contracts/dags";

const workspacePath = (workspace: TWorkspaceRef) => `/api/s/${workspace.serviceId}/p/${encodeURIComponent(workspace.projectId)}`;

export function fetchDagList(workspace: TWorkspaceRef, query: TDagListQuery, signal?: AbortSignal): Promise<TDagList> {
  return fetchJson(`${workspacePath(workspace)}/dags${toSearchParams({ type: query.type === "ALL" ? undefined : query.type, bizdate: query.bizdate })}`, { schema: ZDagList, signal });
}

export function fetchDagDetail(workspace: TWorkspaceRef, dagId: string, signal?: AbortSignal): Promise<TDagDetail> {
  return fetchJson(`${workspacePath(workspace)}/dags/${encodeURIComponent(dagId)}`, { schema: ZDagDetail, signal });
}

export function fetchDagGraph(workspace: TWorkspaceRef, dagId: string, signal?: AbortSignal): Promise<TDagGraph> {
  return fetchJson(`${workspacePath(workspace)}/dags/${encodeURIComponent(dagId)}/graph`, { schema: ZDagGraph, signal });
}

export function fetchBackfillPreview(workspace: TWorkspaceRef, body: TBackfillPreviewBody, signal?: AbortSignal): Promise<TBackfillPreview> {
  return fetchJson(`${workspacePath(workspace)}/backfills/preview`, { method: "POST", body, schema: ZBackfillPreview, signal });
}

export function postBackfill(workspace: TWorkspaceRef, body: TBackfillBody): Promise<TBackfillResult> {
  return fetchJson(`${workspacePath(workspace)}/backfills`, { method: "POST", body, schema: ZBackfillResult });
}
