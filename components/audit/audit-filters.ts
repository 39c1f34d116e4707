import { ZAuditListQuery, type TAuditListQueryInput } from "@/lib/contracts/audit";
import type { TAuditFilters } from "@/lib/client/audit/keys";

const FILTER_KEYS = ["actor", "action", "result", "since", "until", "targetId"] as const;
export type TAuditFilterKey = (typeof FILTER_KEYS)[number];

/** The audit filters of a page URL; invalid values are dropped rather than failing the page. */
export function parseAuditFilters(searchParams: URLSearchParams): TAuditFilters {
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = searchParams.get(key);
    if (value !== null) raw[key] = value;
  }
  const { cursor: _cursor, ...filters } = ZAuditListQuery.parse(raw satisfies TAuditListQueryInput);
  return filters;
}

/** The page URL's query for some filters (without the default limit), e.g. "?actor=ana&result=failed". */
export function toAuditSearch(filters: Partial<Record<TAuditFilterKey, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function hasAnyFilter(filters: TAuditFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}
