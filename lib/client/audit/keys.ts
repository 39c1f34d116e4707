import { infiniteQueryOptions } from "@tanstack/react-query";
import type { TAuditListQuery } from "@/lib/contracts/audit";
import { fetchAuditPage } from "./api";

/** The filters of one audit list, without the cursor (the infinite query walks it). */
export type TAuditFilters = Omit<TAuditListQuery, "cursor">;

export const auditKeys = {
  all: ["audit"] as const,
  lists: () => [...auditKeys.all, "list"] as const,
  list: (filters: TAuditFilters) => [...auditKeys.lists(), filters] as const,
};

export function auditRecordsQueryOptions(filters: TAuditFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchAuditPage({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
