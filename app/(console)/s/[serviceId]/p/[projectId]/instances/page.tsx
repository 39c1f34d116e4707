import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { INSTANCE_STRINGS } from "@/components/instances/instance-strings";
import { InstancesView } from "@/components/instances/instances-view";
import { parseInstancesSearch, toListRequest } from "@/components/instances/instances-url";
import { instanceListSearch } from "@/lib/client/instances/api";
import { instanceKeys } from "@/lib/client/instances/keys";
import { ZInstanceListQuery } from "@/lib/contracts/instances";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { getActor } from "@/lib/server/auth/get-actor";
import { searchParamsToObject } from "@/lib/server/http/with-route";
import { listInstancePage } from "@/lib/server/instances/list-instances";
import { prefetchedQueries, type TServerPrefetch } from "@/lib/server/ssr/prefetched-queries";

export const metadata: Metadata = { title: INSTANCE_STRINGS.page.title };

type InstancesRouteProps = {
  params: Promise<{ serviceId: string; projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * /s/{serviceId}/p/{projectId}/instances — the workspace's instances; filters, sort and page live
 * in the URL (e.g. `?bizdate=2026-11-23&status=FAILURE`). The workspace layout checks the session.
 * The page shown is listed while the server renders, so the table arrives with the HTML: no Suspense
 * boundary here or in a loading.tsx, whose content would be streamed after the shell.
 */
export default async function InstancesRoute({ params, searchParams }: InstancesRouteProps) {
  const prefetch = await firstPagePrefetch(await params, await searchParams);
  return (
    <HydrationBoundary state={await prefetchedQueries(prefetch)}>
      <InstancesView />
    </HydrationBoundary>
  );
}

/** The list query InstancesView will make, under the same key, parsed exactly as the list route parses it. */
async function firstPagePrefetch(rawParams: { serviceId: string; projectId: string }, rawSearch: Record<string, string | string[] | undefined>): Promise<TServerPrefetch[]> {
  // Layouts and pages render side by side: the page must not read data for a visitor the layout turns away.
  const workspace = ZWorkspaceParams.safeParse(rawParams);
  if (!workspace.success || !(await getActor())) return [];
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(rawSearch)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  const request = toListRequest(parseInstancesSearch(search).state);
  const query = ZInstanceListQuery.safeParse(searchParamsToObject(new URLSearchParams(instanceListSearch(request))));
  if (!query.success) return [];
  const { serviceId, projectId } = workspace.data;
  return [{ queryKey: instanceKeys.list({ serviceId, projectId }, request), load: () => listInstancePage({ serviceId, projectId, query: query.data }) }];
}
