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

let isListParserWarm = false;

/**
 * Parses a list answer once, the first time a page is shown, while the browser is idle. The first
 * page comes inside the HTML, so the first answer the browser parses itself would be the next
 * page's, and zod builds its parsers on first use (about 20 ms for 100 rows) in the very task that
 * then renders that page. A parsed page parses again unchanged, so the shown one serves.
 */
export function warmInstanceListParser(page: TInstanceListPage, whenIdle: (work: () => void) => void = runWhenIdle): void {
  if (isListParserWarm) return;
  isListParserWarm = true;
  whenIdle(() => void ZInstanceListPage.safeParse(page));
}

function runWhenIdle(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: 3_000 });
}

export function fetchActionPreview(workspace: TWorkspaceRef, body: TActionPreviewBody, signal?: AbortSignal): Promise<TActionPreview> {
  return fetchJson(`${instancesApiPath(workspace)}/actions/preview`, { method: "POST", body, schema: ZActionPreview, signal });
}

export function postInstanceAction(workspace: TWorkspaceRef, action: TInstanceAction, body: TInstanceActionBody): Promise<TInstanceActionResult> {
  return fetchJson(`${instancesApiPath(workspace)}/actions/${action}`, { method: "POST", body, schema: ZInstanceActionResult });
}
