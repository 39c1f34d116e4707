import "server-only";
import type { TDataSource, TDataSourceList } from "@/lib/contracts/connectivity";
import { TtlCache } from "@/lib/server/instances/ttl-cache";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toDataSourceDto } from "./data-source-mapper";
import { ZListDataSourcesAnswer } from "./upstream-schemas";

/** ListDataSources is a level-3 Action (5 QPS shared): a test names its target from this short-lived copy. */
const namesCache = new TtlCache<TDataSource[]>(30_000, 200);
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

type WorkspaceRef = { serviceId: number; projectId: string };

async function loadAll({ serviceId, projectId }: WorkspaceRef): Promise<TDataSource[]> {
  const client = await getDataWorksClient(serviceId);
  const items: TDataSource[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const answer = await client.call("ListDataSources", { ProjectId: projectId, PageNumber: page, PageSize: PAGE_SIZE }, ZListDataSourcesAnswer);
    items.push(...answer.Data.DataSources.map(toDataSourceDto));
    const total = answer.Data.TotalCount ?? items.length;
    if (answer.Data.DataSources.length < PAGE_SIZE || items.length >= total) break;
  }
  return items;
}

/** Every data source of the workspace (both environments), by name. */
export async function listDataSources(workspace: WorkspaceRef): Promise<TDataSourceList> {
  const items = await loadAll(workspace);
  namesCache.clear();
  items.sort((left, right) => left.name.localeCompare(right.name) || left.envType - right.envType);
  return { items, totalCount: items.length };
}

/** One data source from the recent listing, or a fresh one when that lacks it; null when the workspace has no such id. */
export async function findDataSource(workspace: WorkspaceRef, dataSourceId: string): Promise<TDataSource | null> {
  const key = `${workspace.serviceId}:${workspace.projectId}`;
  const cached = (await namesCache.get(key, () => loadAll(workspace))).find((item) => item.dataSourceId === dataSourceId);
  if (cached) return cached;
  // Created moments ago (perhaps by another console process): look again before saying it does not exist.
  namesCache.clear();
  return (await namesCache.get(key, () => loadAll(workspace))).find((item) => item.dataSourceId === dataSourceId) ?? null;
}

export function forgetDataSources(): void {
  namesCache.clear();
}
