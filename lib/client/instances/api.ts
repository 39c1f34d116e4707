import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import {
  ZActionPreview,
  ZInstanceActionResult,
  ZInstanceListPage,
  type TActionPreview,
  type TActionPreviewBody,
  type TInstanceAction,
  type TInstanceActionBody,
  type TInstanceActionResult,
  type TInstanceFilter,
  type TInstanceListPage,
} from "@/lib/contracts/instances";
import { instancesApiPath, type TWorkspaceRef } from "./workspace-ref";

/** A list request as the page builds it from its URL: the filter plus paging. */
export type TInstanceListRequest = TInstanceFilter & { cursor?: string; page?: number; pageSize?: number };

/** The list route's query string for a request (`?bizdate=…&status=FAILURE,RUNNING&pageSize=…`); the server render reads it back the same way. */
export function instanceListSearch(query: TInstanceListRequest): string {
  return toSearchParams({ ...query, status: query.status?.join(","), suspended: query.suspended === undefined ? undefined : String(query.suspended) });
}

export function fetchInstanceList(workspace: TWorkspaceRef, query: TInstanceListRequest, signal?: AbortSignal): Promise<TInstanceListPage> {
  return fetchJson(`${instancesApiPath(workspace)}${instanceListSearch(query)}`, { schema: ZInstanceListPage, signal });
}

export function fetchActionPreview(workspace: TWorkspaceRef, body: TActionPreviewBody, signal?: AbortSignal): Promise<TActionPreview> {
  return fetchJson(`${instancesApiPath(workspace)}/actions/preview`, { method: "POST", body, schema: ZActionPreview, signal });
}

export function postInstanceAction(workspace: TWorkspaceRef, action: TInstanceAction, body: TInstanceActionBody): Promise<TInstanceActionResult> {
  return fetchJson(`${instancesApiPath(workspace)}/actions/${action}`, { method: "POST", body, schema: ZInstanceActionResult });
}
