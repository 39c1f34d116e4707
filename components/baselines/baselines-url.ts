import { ZBaselineBoardQuery, ZKeyPathNeighbourhoodQuery, type TBaselineBoardQuery } from "@/lib/contracts/baselines";

const KEYS = ["bizdate", "owner", "priority", "status", "search"] as const;

/** The board's URL state (`?bizdate=2024-05-26&status=DANGROUS,OVER&owner=alice`): a bad value is dropped, the rest kept. */
export function parseBaselinesSearch(params: URLSearchParams): TBaselineBoardQuery {
  const read = (key: string) => params.get(key) ?? undefined;
  const raw = Object.fromEntries(KEYS.map((key) => [key, read(key)]));
  const parsed = ZBaselineBoardQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fallback: TBaselineBoardQuery = {};
  for (const key of KEYS) {
    const single = ZBaselineBoardQuery.safeParse({ [key]: read(key) });
    if (single.success) Object.assign(fallback, { [key]: single.data[key] });
  }
  return fallback;
}

/** The search string of a board state, empty filters left out. */
export function toBaselinesSearch(query: TBaselineBoardQuery): string {
  const params = new URLSearchParams();
  if (query.bizdate) params.set("bizdate", query.bizdate);
  if (query.owner) params.set("owner", query.owner);
  if (query.priority?.length) params.set("priority", query.priority.join(","));
  if (query.status?.length) params.set("status", query.status.join(","));
  if (query.search) params.set("search", query.search);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The page of one baseline instance: `/baselines/{id}/{bizdate}` (`?cycle=N` for an hourly cycle past the first). */
export function baselineInstancePath(base: string, item: { baselineId: string; bizdate: string; inGroupId: number }): string {
  return `${base}/baselines/${item.baselineId}/${item.bizdate}${item.inGroupId > 1 ? `?cycle=${item.inGroupId}` : ""}`;
}

/** The instance page's `?hops=2` (the graph's neighbourhood): 1 unless it reads as 1–2. */
export function parseHops(params: URLSearchParams): number {
  const parsed = ZKeyPathNeighbourhoodQuery.shape.hops.safeParse(params.get("hops") ?? undefined);
  return parsed.success ? parsed.data : 1;
}

/** The instance page's search string with another hop count (1, the default, left out); other keys kept. */
export function withHops(params: URLSearchParams, hops: number): string {
  const next = new URLSearchParams(params);
  if (hops === 1) next.delete("hops");
  else next.set("hops", String(hops));
  const text = next.toString();
  return text ? `?${text}` : "";
}
