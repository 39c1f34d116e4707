import { z } from "zod";
import { MAX_GRAPH_DEPTH, ZGraphDirection } from "@/lib/contracts/instance-detail";

export const DETAIL_TABS = ["log", "graph", "recent", "history"] as const;
export type TDetailTab = (typeof DETAIL_TABS)[number];

/** The instance page's URL state (`?tab=graph&depth=3&direction=UPSTREAM`): bad values fall back to the defaults. */
const ZDetailSearch = z.object({
  tab: z.enum(DETAIL_TABS).catch("log"),
  depth: z.coerce.number().int().min(1).max(MAX_GRAPH_DEPTH).catch(2),
  direction: ZGraphDirection.catch("BOTH"),
});
export type TDetailSearch = z.infer<typeof ZDetailSearch>;

export function parseDetailSearch(params: URLSearchParams): TDetailSearch {
  return ZDetailSearch.parse({ tab: params.get("tab") ?? undefined, depth: params.get("depth") ?? undefined, direction: params.get("direction") ?? undefined });
}

/** The search string for a state, leaving defaults out so links stay short. */
export function toDetailSearch(state: TDetailSearch): string {
  const params = new URLSearchParams();
  if (state.tab !== "log") params.set("tab", state.tab);
  if (state.depth !== 2) params.set("depth", String(state.depth));
  if (state.direction !== "BOTH") params.set("direction", state.direction);
  const text = params.toString();
  return text ? `?${text}` : "";
}
