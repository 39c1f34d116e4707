import { fetchJson } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import {
  ZBatchTestResult,
  ZCheckResult,
  ZCheckService,
  ZCheckServiceList,
  ZConnectivityHistory,
  ZDataSourceList,
  ZDataSourceMutationResult,
  ZDataSourceTestResult,
  ZPairTestResult,
  ZResourceGroupList,
  type TBatchTestBody,
  type TBatchTestResult,
  type TCheckResult,
  type TCheckService,
  type TCheckServiceList,
  type TConnectivityHistory,
  type TCreateCheckServiceBody,
  type TCreateDataSourceBody,
  type TDataSourceList,
  type TDataSourceMutationResult,
  type TDataSourceTestResult,
  type TPairTestBody,
  type TPairTestResult,
  type TResourceGroupList,
  type TRunCheckBody,
  type TUpdateCheckServiceBody,
  type TUpdateDataSourceBody,
} from "@/lib/contracts/connectivity";

export const connectivityPath = (workspace: TWorkspaceRef) => `/api/s/${workspace.serviceId}/p/${encodeURIComponent(workspace.projectId)}/connectivity`;
const dataSourcePath = (workspace: TWorkspaceRef, dataSourceId: string) => `${connectivityPath(workspace)}/data-sources/${encodeURIComponent(dataSourceId)}`;

export function fetchDataSources(workspace: TWorkspaceRef, signal?: AbortSignal): Promise<TDataSourceList> {
  return fetchJson(`${connectivityPath(workspace)}/data-sources`, { schema: ZDataSourceList, signal });
}

export function fetchResourceGroups(workspace: TWorkspaceRef, signal?: AbortSignal): Promise<TResourceGroupList> {
  return fetchJson(`${connectivityPath(workspace)}/resource-groups`, { schema: ZResourceGroupList, signal });
}

export function fetchHistory(workspace: TWorkspaceRef, dataSourceId: string, signal?: AbortSignal): Promise<TConnectivityHistory> {
  return fetchJson(`${dataSourcePath(workspace, dataSourceId)}/history?limit=100`, { schema: ZConnectivityHistory, signal });
}

export function postCreateDataSource(workspace: TWorkspaceRef, body: TCreateDataSourceBody): Promise<TDataSourceMutationResult> {
  return fetchJson(`${connectivityPath(workspace)}/data-sources`, { method: "POST", body, schema: ZDataSourceMutationResult });
}

export function putDataSource(workspace: TWorkspaceRef, dataSourceId: string, body: TUpdateDataSourceBody): Promise<TDataSourceMutationResult> {
  return fetchJson(dataSourcePath(workspace, dataSourceId), { method: "PUT", body, schema: ZDataSourceMutationResult });
}

export function deleteDataSource(workspace: TWorkspaceRef, dataSourceId: string): Promise<TDataSourceMutationResult> {
  return fetchJson(dataSourcePath(workspace, dataSourceId), { method: "DELETE", schema: ZDataSourceMutationResult });
}

export function postTestDataSource(workspace: TWorkspaceRef, dataSourceId: string, resourceGroupId: string): Promise<TDataSourceTestResult> {
  return fetchJson(`${dataSourcePath(workspace, dataSourceId)}/test`, { method: "POST", body: { resourceGroupId }, schema: ZDataSourceTestResult });
}

export function postPairTest(workspace: TWorkspaceRef, body: TPairTestBody): Promise<TPairTestResult> {
  return fetchJson(`${connectivityPath(workspace)}/pair-tests`, { method: "POST", body, schema: ZPairTestResult });
}

export function postBatchTest(workspace: TWorkspaceRef, body: TBatchTestBody): Promise<TBatchTestResult> {
  return fetchJson(`${connectivityPath(workspace)}/batch-tests`, { method: "POST", body, schema: ZBatchTestResult });
}

export function fetchCheckServices(workspace: TWorkspaceRef, signal?: AbortSignal): Promise<TCheckServiceList> {
  return fetchJson(`${connectivityPath(workspace)}/check-services`, { schema: ZCheckServiceList, signal });
}

export function postCreateCheckService(workspace: TWorkspaceRef, body: TCreateCheckServiceBody): Promise<TCheckService> {
  return fetchJson(`${connectivityPath(workspace)}/check-services`, { method: "POST", body, schema: ZCheckService });
}

export function patchCheckService(workspace: TWorkspaceRef, checkServiceId: number, body: TUpdateCheckServiceBody): Promise<TCheckService> {
  return fetchJson(`${connectivityPath(workspace)}/check-services/${checkServiceId}`, { method: "PATCH", body, schema: ZCheckService });
}

export function deleteCheckService(workspace: TWorkspaceRef, checkServiceId: number): Promise<unknown> {
  return fetchJson(`${connectivityPath(workspace)}/check-services/${checkServiceId}`, { method: "DELETE" });
}

export function postRunCheck(workspace: TWorkspaceRef, checkServiceId: number, body: TRunCheckBody): Promise<TCheckResult> {
  return fetchJson(`${connectivityPath(workspace)}/check-services/${checkServiceId}/check`, { method: "POST", body, schema: ZCheckResult });
}
