import { z } from "zod";
import { ZDagListQuery, type TDagListQuery } from "@/lib/contracts/dags";

/** The DAG list's URL state (`?type=SUPPLY_DATA&bizdate=2026-11-23`); bad values fall back to the defaults. */
export function parseDagsSearch(params: URLSearchParams): TDagListQuery {
  return ZDagListQuery.parse({ type: params.get("type") ?? undefined, bizdate: params.get("bizdate") ?? undefined });
}

export function toDagsSearch(query: TDagListQuery): string {
  const params = new URLSearchParams();
  if (query.type !== "ALL") params.set("type", query.type);
  if (query.bizdate) params.set("bizdate", query.bizdate);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const DAG_DETAIL_TABS = ["graph", "instances"] as const;
export type TDagDetailTab = (typeof DAG_DETAIL_TABS)[number];

/** The DAG page's tab (`?tab=instances`), graph by default. */
export function parseDagTab(params: URLSearchParams): TDagDetailTab {
  return z.enum(DAG_DETAIL_TABS).catch("graph").parse(params.get("tab") ?? undefined);
}
