import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import { workspaceApiPath } from "@/lib/client/baselines/api";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import {
  ZAlertList,
  ZRemindDefinition,
  ZRemindDeleteResult,
  ZRemindList,
  ZRemindResult,
  ZTestSendResult,
  type TAlertList,
  type TAlertListQuery,
  type TRemindBodyInput,
  type TRemindDefinition,
  type TRemindDeleteResult,
  type TRemindList,
  type TRemindListQuery,
  type TRemindResult,
  type TTestSendBody,
  type TTestSendResult,
} from "@/lib/contracts/alerts";

export function fetchAlertMessages(workspace: TWorkspaceRef, query: TAlertListQuery, signal?: AbortSignal): Promise<TAlertList> {
  const search = toSearchParams({ ...query, source: query.source?.join(","), status: query.status?.join(",") });
  return fetchJson(`${workspaceApiPath(workspace)}/alerts${search}`, { schema: ZAlertList, signal });
}

export function fetchReminds(workspace: TWorkspaceRef, query: TRemindListQuery, signal?: AbortSignal): Promise<TRemindList> {
  return fetchJson(`${workspaceApiPath(workspace)}/reminds${toSearchParams({ ...query, type: query.type?.join(",") })}`, { schema: ZRemindList, signal });
}

export function fetchRemind(workspace: TWorkspaceRef, remindId: string, signal?: AbortSignal): Promise<TRemindDefinition> {
  return fetchJson(`${workspaceApiPath(workspace)}/reminds/${encodeURIComponent(remindId)}`, { schema: ZRemindDefinition, signal });
}

export function createRemind(workspace: TWorkspaceRef, body: TRemindBodyInput): Promise<TRemindResult> {
  return fetchJson(`${workspaceApiPath(workspace)}/reminds`, { method: "POST", body, schema: ZRemindResult });
}

export function updateRemind(workspace: TWorkspaceRef, remindId: string, body: TRemindBodyInput): Promise<TRemindResult> {
  return fetchJson(`${workspaceApiPath(workspace)}/reminds/${encodeURIComponent(remindId)}`, { method: "PUT", body, schema: ZRemindResult });
}

export function deleteRemind(workspace: TWorkspaceRef, remindId: string): Promise<TRemindDeleteResult> {
  return fetchJson(`${workspaceApiPath(workspace)}/reminds/${encodeURIComponent(remindId)}`, { method: "DELETE", schema: ZRemindDeleteResult });
}

export function postTestSend(workspace: TWorkspaceRef, body: TTestSendBody): Promise<TTestSendResult> {
  return fetchJson(`${workspaceApiPath(workspace)}/alerts/test-send`, { method: "POST", body, schema: ZTestSendResult });
}
