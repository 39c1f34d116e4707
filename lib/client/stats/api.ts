import { fetchJson, toSearchParams } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { ZOverviewStats, type TOverviewStats } from "@/lib/contracts/stats";

export function fetchOverviewStats(workspace: TWorkspaceRef, bizdate: string | undefined, signal?: AbortSignal): Promise<TOverviewStats> {
  const path = `/api/s/${workspace.serviceId}/p/${encodeURIComponent(workspace.projectId)}/stats/overview${toSearchParams({ bizdate })}`;
  return fetchJson(path, { schema: ZOverviewStats, signal });
}
