"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { auditRecordsQueryOptions, type TAuditFilters } from "./keys";

/** Audit records for the filters, newest first; `fetchNextPage` loads older ones. */
export function useAuditRecords(filters: TAuditFilters) {
  return useInfiniteQuery({ ...auditRecordsQueryOptions(filters), placeholderData: keepPreviousData });
}
