import { ZAlertListQuery, type TAlertListQuery } from "@/lib/contracts/alerts";

const KEYS = ["from", "to", "source", "status", "receiver", "remindId", "page", "pageSize"] as const;

/** The alert messages' URL state: bad values dropped, the rest kept. */
export function parseAlertsSearch(params: URLSearchParams): TAlertListQuery {
  const raw = Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? undefined]));
  const parsed = ZAlertListQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fallback = ZAlertListQuery.parse({});
  for (const key of KEYS) {
    const single = ZAlertListQuery.safeParse({ [key]: raw[key] });
    if (single.success && raw[key] !== undefined) Object.assign(fallback, { [key]: single.data[key] });
  }
  return fallback;
}

export function toAlertsSearch(query: Partial<TAlertListQuery>): string {
  const params = new URLSearchParams();
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.source?.length) params.set("source", query.source.join(","));
  if (query.status?.length) params.set("status", query.status.join(","));
  if (query.receiver) params.set("receiver", query.receiver);
  if (query.remindId) params.set("remindId", query.remindId);
  if (query.page && query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 50) params.set("pageSize", String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : "";
}
