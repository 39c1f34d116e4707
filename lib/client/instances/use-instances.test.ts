import { QueryClient, QueryObserver } from "@tanstack/react-query";
import type { TInstanceListPage } from "@/lib/contracts/instances";
import { afterEach, describe, expect, it, vi } from "vitest";
import { instanceListQuery, prefetchInstanceList } from "./use-instances";
import type { TWorkspaceRef } from "./workspace-ref";

const WORKSPACE: TWorkspaceRef = { serviceId: 1, projectId: "10000" };
const NEXT_PAGE = { bizdate: "2026-11-23", cursor: "c2", pageSize: 100 };
/** The list route answers `{ data: page }`. */
const WIRE_PAGE: TInstanceListPage = { items: [], paging: "cursor", page: 2, pageSize: 100, totalCount: 0, isTotalCapped: false, nextCursor: null, hasNextPage: false, timezone: "Asia/Shanghai", needsNode: false };

describe("prefetchInstanceList", () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubFetch() {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: WIRE_PAGE }), { status: 200, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", fetch);
    return fetch;
  }

  it("loads the page into the entry the list reads, from the list route", async () => {
    const fetch = stubFetch();
    const queryClient = new QueryClient();
    prefetchInstanceList(queryClient, WORKSPACE, NEXT_PAGE);
    await vi.waitFor(() => expect(queryClient.getQueryData(instanceListQuery(WORKSPACE, NEXT_PAGE).queryKey)).toEqual(WIRE_PAGE));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe("/api/s/1/p/10000/instances?bizdate=2026-11-23&cursor=c2&pageSize=100");
  });

  it("does not ask again for a page fetched in the last 5 s, and does for an older one", async () => {
    const fetch = stubFetch();
    const queryClient = new QueryClient();
    const key = instanceListQuery(WORKSPACE, NEXT_PAGE).queryKey;
    queryClient.setQueryData(key, WIRE_PAGE, { updatedAt: Date.now() - 1_000 });
    prefetchInstanceList(queryClient, WORKSPACE, NEXT_PAGE);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch).not.toHaveBeenCalled();

    queryClient.setQueryData(key, WIRE_PAGE, { updatedAt: Date.now() - 6_000 });
    prefetchInstanceList(queryClient, WORKSPACE, NEXT_PAGE);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
  });

  it("leaves the list nothing to ask for when it opens the prefetched page", async () => {
    const fetch = stubFetch();
    const queryClient = new QueryClient();
    prefetchInstanceList(queryClient, WORKSPACE, NEXT_PAGE);
    await vi.waitFor(() => expect(queryClient.getQueryData(instanceListQuery(WORKSPACE, NEXT_PAGE).queryKey)).toEqual(WIRE_PAGE));
    // What useInstances does when the address names the page: observe the same query.
    const observer = new QueryObserver(queryClient, instanceListQuery(WORKSPACE, NEXT_PAGE));
    const unsubscribe = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    unsubscribe();
    expect(observer.getCurrentResult().data).toEqual(WIRE_PAGE);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("still reloads a page the pager did not fetch ahead (a filter toggled back)", async () => {
    const fetch = stubFetch();
    const queryClient = new QueryClient();
    const otherPage = { ...NEXT_PAGE, cursor: "c3" };
    queryClient.setQueryData(instanceListQuery(WORKSPACE, otherPage).queryKey, WIRE_PAGE, { updatedAt: Date.now() - 1_000 });
    const observer = new QueryObserver(queryClient, instanceListQuery(WORKSPACE, otherPage));
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    unsubscribe();
  });
});
