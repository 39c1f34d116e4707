import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import { DEFAULT_INSTANCE_PAGE_SIZE, INSTANCE_PAGE_SIZES, ZDagType, ZInstanceStatus, type TInstanceFilter } from "@/lib/contracts/instances";
import type { TInstanceListRequest } from "@/lib/client/instances/api";
import { COLUMN_IDS, type TColumnId } from "./column-definitions";

/**
 * The instances page's state as URL search params, so that every view is a shareable link:
 * `?bizdate=2026-11-23&status=FAILURE,RUNNING&node=ods&cursor=…&back=…&sort=duration&dir=desc`.
 * Each param is validated on its own: a bad one is dropped (and reported), the rest still apply.
 * Paging keeps a stack of the cursors of the pages before this one (`back`, oldest first; the
 * first page needs none), so "previous" works with a forward-only upstream cursor.
 */
export type TSortState = { column: TColumnId; direction: "asc" | "desc" };

export type TInstancesUrlState = {
  filter: TInstanceFilter;
  /** Cursor of the page shown (none: the first page). */
  cursor?: string;
  /** Cursors of the earlier pages, from the second page on. */
  back: string[];
  /** PageNumber, for upstreams without a cursor. */
  page: number;
  pageSize: number;
  sort: TSortState | null;
};

const zDate = z.iso.date();
const zText = (max: number) => z.string().trim().min(1).max(max);

const FIELD_PARSERS = {
  bizdate: zDate,
  from: zDate,
  to: zDate,
  status: z
    .string()
    .transform((text) => [...new Set(text.split(",").filter(Boolean))])
    .pipe(z.array(ZInstanceStatus).min(1)),
  node: zText(128),
  nodeId: zId,
  owner: zText(64),
  programType: zText(64),
  dagType: ZDagType,
  dagId: zId,
  baselineId: zId,
  suspended: z.enum(["true", "false"]).transform((text) => text === "true"),
} as const;

type FilterKey = keyof typeof FIELD_PARSERS;
const FILTER_KEYS = Object.keys(FIELD_PARSERS) as FilterKey[];
const zCursor = z.string().min(1).max(2_000);

// Built once: a zod schema costs far more to build than to use, and the URL is parsed on every page change.
const zPageNumber = z.coerce.number().int().min(1).max(100);
const zPageSize = z.coerce.number().refine((size) => (INSTANCE_PAGE_SIZES as readonly number[]).includes(size));
const zSortColumn = z.enum(COLUMN_IDS);

export function parseInstancesSearch(search: URLSearchParams): { state: TInstancesUrlState; hasInvalidParams: boolean } {
  let hasInvalidParams = false;
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const values = search.getAll(key);
    if (values.length === 0) continue;
    const parsed = FIELD_PARSERS[key].safeParse(values.join(","));
    if (parsed.success) filter[key] = parsed.data;
    else hasInvalidParams = true;
  }
  if (typeof filter.from === "string" && typeof filter.to === "string" && filter.from > filter.to) {
    delete filter.to;
    hasInvalidParams = true;
  }
  const cursor = zCursor.safeParse(search.get("cursor") ?? undefined);
  const back = search.getAll("back").filter((value) => zCursor.safeParse(value).success);
  const page = zPageNumber.safeParse(search.get("page") ?? "1");
  const pageSize = zPageSize.safeParse(search.get("pageSize") ?? String(DEFAULT_INSTANCE_PAGE_SIZE));
  const sortColumn = zSortColumn.safeParse(search.get("sort") ?? undefined);
  const direction = search.get("dir") === "asc" ? "asc" : "desc";
  if (!page.success || !pageSize.success || (search.has("sort") && !sortColumn.success)) hasInvalidParams = true;
  return {
    state: {
      filter: filter as TInstanceFilter,
      cursor: cursor.success ? cursor.data : undefined,
      back: cursor.success ? back : [],
      page: page.success ? page.data : 1,
      pageSize: pageSize.success ? pageSize.data : DEFAULT_INSTANCE_PAGE_SIZE,
      sort: sortColumn.success ? { column: sortColumn.data, direction } : null,
    },
    hasInvalidParams,
  };
}

export function toInstancesSearch(state: TInstancesUrlState): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filter[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  if (state.cursor) {
    for (const cursor of state.back) search.append("back", cursor);
    search.set("cursor", state.cursor);
  } else if (state.page > 1) search.set("page", String(state.page));
  if (state.pageSize !== DEFAULT_INSTANCE_PAGE_SIZE) search.set("pageSize", String(state.pageSize));
  if (state.sort) {
    search.set("sort", state.sort.column);
    search.set("dir", state.sort.direction);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A new filter starts again on the first page (the old cursors belong to the old filter). */
export function withFilter(state: TInstancesUrlState, filter: TInstanceFilter): TInstancesUrlState {
  const cleaned = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)));
  return { ...state, filter: cleaned as TInstanceFilter, cursor: undefined, back: [], page: 1 };
}

export function withPageSize(state: TInstancesUrlState, pageSize: number): TInstancesUrlState {
  return { ...state, pageSize, cursor: undefined, back: [], page: 1 };
}

/** The page after this one: by the answer's next cursor, else by number. */
export function nextPage(state: TInstancesUrlState, nextCursor: string | null): TInstancesUrlState {
  if (nextCursor) return { ...state, back: state.cursor ? [...state.back, state.cursor] : [], cursor: nextCursor };
  return { ...state, page: state.page + 1 };
}

export function previousPage(state: TInstancesUrlState): TInstancesUrlState {
  if (state.cursor) {
    const back = [...state.back];
    const cursor = back.pop();
    return { ...state, cursor, back };
  }
  return { ...state, page: Math.max(1, state.page - 1) };
}

export function hasPreviousPage(state: TInstancesUrlState): boolean {
  return state.cursor !== undefined || state.page > 1;
}

/** The 1-based number of the page shown. */
export function pageNumberOf(state: TInstancesUrlState): number {
  return state.cursor ? state.back.length + 2 : state.page;
}

/** What the list API is asked. */
export function toListRequest(state: TInstancesUrlState): TInstanceListRequest {
  return { ...state.filter, pageSize: state.pageSize, ...(state.cursor ? { cursor: state.cursor } : { page: state.page }) };
}

export function isFilterEmpty(filter: TInstanceFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || (Array.isArray(value) && value.length === 0));
}

/** A deep link to the instances page of a workspace with a filter (overview tiles, charts, nodes). */
export function instancesPageHref(workspaceBase: string, filter: TInstanceFilter): string {
  return `${workspaceBase}/instances${toInstancesSearch({ filter, back: [], page: 1, pageSize: DEFAULT_INSTANCE_PAGE_SIZE, sort: null })}`;
}
