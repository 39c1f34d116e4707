import { ZTopicListQuery, type TTopicListQuery } from "@/lib/contracts/topics";

const KEYS = ["from", "to", "status", "type", "page", "pageSize"] as const;

/** The events list's URL state (`?from=…&to=…&status=NEW,FIXING&type=ERROR&page=2`): bad values dropped, the rest kept. */
export function parseEventsSearch(params: URLSearchParams): TTopicListQuery {
  const raw = Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? undefined]));
  const parsed = ZTopicListQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fallback = ZTopicListQuery.parse({});
  for (const key of KEYS) {
    const single = ZTopicListQuery.safeParse({ [key]: raw[key] });
    if (single.success && raw[key] !== undefined) Object.assign(fallback, { [key]: single.data[key] });
  }
  return fallback;
}

export function toEventsSearch(query: Partial<TTopicListQuery>): string {
  const params = new URLSearchParams();
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.status?.length) params.set("status", query.status.join(","));
  if (query.type?.length) params.set("type", query.type.join(","));
  if (query.page && query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 50) params.set("pageSize", String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : "";
}
