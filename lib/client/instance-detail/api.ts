import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import { instancesApiPath, type TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import {
  ZInstanceDetail,
  ZInstanceGraph,
  ZInstanceLogChunk,
  ZOperationHistory,
  type TGraphDirection,
  type TInstanceDetail,
  type TInstanceGraph,
  type TInstanceLogChunk,
  type TOperationHistory,
} from "@/lib/contracts/instance-detail";

const instancePath = (workspace: TWorkspaceRef, instanceId: string) => `${instancesApiPath(workspace)}/${encodeURIComponent(instanceId)}`;

export function fetchInstanceDetail(workspace: TWorkspaceRef, instanceId: string, signal?: AbortSignal): Promise<TInstanceDetail> {
  return fetchJson(instancePath(workspace, instanceId), { schema: ZInstanceDetail, signal });
}

export function fetchInstanceLogChunk(workspace: TWorkspaceRef, instanceId: string, from: number, signal?: AbortSignal): Promise<TInstanceLogChunk> {
  return fetchJson(`${instancePath(workspace, instanceId)}/log${toSearchParams({ from: from || undefined })}`, { schema: ZInstanceLogChunk, signal });
}

export function fetchInstanceGraph(workspace: TWorkspaceRef, instanceId: string, depth: number, direction: TGraphDirection, signal?: AbortSignal): Promise<TInstanceGraph> {
  return fetchJson(`${instancePath(workspace, instanceId)}/graph${toSearchParams({ depth, direction })}`, { schema: ZInstanceGraph, signal });
}

export function fetchOperationHistory(workspace: TWorkspaceRef, instanceId: string, signal?: AbortSignal): Promise<TOperationHistory> {
  return fetchJson(`${instancePath(workspace, instanceId)}/operations`, { schema: ZOperationHistory, signal });
}
