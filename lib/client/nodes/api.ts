import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import {
  ZNodeCode,
  ZNodeDetail,
  ZNodeDownstream,
  ZNodeList,
  ZNodeOperationResult,
  ZSmokeTestResult,
  type TNodeCode,
  type TNodeDetail,
  type TNodeDownstream,
  type TNodeList,
  type TNodeListQuery,
  type TNodeOperationResult,
  type TNodeOwnerBody,
  type TNodeRunModeBody,
  type TSmokeTestBody,
  type TSmokeTestResult,
} from "@/lib/contracts/nodes";

const workspacePath = (workspace: TWorkspaceRef) => `/api/s/${workspace.serviceId}/p/${encodeURIComponent(workspace.projectId)}`;
const nodePath = (workspace: TWorkspaceRef, nodeId: string) => `${workspacePath(workspace)}/nodes/${encodeURIComponent(nodeId)}`;

export function fetchNodeList(workspace: TWorkspaceRef, query: TNodeListQuery, signal?: AbortSignal): Promise<TNodeList> {
  return fetchJson(`${workspacePath(workspace)}/nodes${toSearchParams(query)}`, { schema: ZNodeList, signal });
}

export function fetchNodeDetail(workspace: TWorkspaceRef, nodeId: string, signal?: AbortSignal): Promise<TNodeDetail> {
  return fetchJson(nodePath(workspace, nodeId), { schema: ZNodeDetail, signal });
}

export function fetchNodeCode(workspace: TWorkspaceRef, nodeId: string, signal?: AbortSignal): Promise<TNodeCode> {
  return fetchJson(`${nodePath(workspace, nodeId)}/code`, { schema: ZNodeCode, signal });
}

export function fetchNodeDownstream(workspace: TWorkspaceRef, nodeId: string, signal?: AbortSignal): Promise<TNodeDownstream> {
  return fetchJson(`${nodePath(workspace, nodeId)}/downstream`, { schema: ZNodeDownstream, signal });
}

export function postNodeRunMode(workspace: TWorkspaceRef, nodeId: string, body: TNodeRunModeBody): Promise<TNodeOperationResult> {
  return fetchJson(`${nodePath(workspace, nodeId)}/run-mode`, { method: "POST", body, schema: ZNodeOperationResult });
}

export function postNodeOwner(workspace: TWorkspaceRef, nodeId: string, body: TNodeOwnerBody): Promise<TNodeOperationResult> {
  return fetchJson(`${nodePath(workspace, nodeId)}/owner`, { method: "POST", body, schema: ZNodeOperationResult });
}

export function postSmokeTest(workspace: TWorkspaceRef, body: TSmokeTestBody): Promise<TSmokeTestResult> {
  return fetchJson(`${workspacePath(workspace)}/smoke-tests`, { method: "POST", body, schema: ZSmokeTestResult });
}
