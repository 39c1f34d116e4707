import "server-only";
import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from "@tanstack/react-query";

/** A query a server render answers ahead of the browser: its react-query key and how to load it on the server. */
export type TServerPrefetch = { queryKey: QueryKey; load: () => Promise<unknown> };

/**
 * Loads the queries a page needs while the server renders it, for a <HydrationBoundary>: the page
 * arrives with its data instead of asking for it after hydration. A query that fails is left out,
 * and the browser asks again as it would have without the prefetch (and shows the error then).
 */
export async function prefetchedQueries(prefetches: readonly TServerPrefetch[]): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  await Promise.all(prefetches.map(({ queryKey, load }) => queryClient.prefetchQuery({ queryKey, queryFn: load })));
  return dehydrate(queryClient);
}
