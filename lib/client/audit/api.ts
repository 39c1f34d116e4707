import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import { ZAuditPage, type TAuditListQuery, type TAuditPage } from "@/lib/contracts/audit";

export function fetchAuditPage(query: TAuditListQuery, signal?: AbortSignal): Promise<TAuditPage> {
  return fetchJson(`/api/audit${toSearchParams(query)}`, { schema: ZAuditPage, signal });
}
