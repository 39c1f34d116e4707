import { ZNodeListQuery, type TNodeListQuery } from "@/lib/contracts/nodes";

/** The node list's URL state (`?name=ods_&page=2`): a bad value falls back to the default. */
export function parseNodesSearch(params: URLSearchParams): TNodeListQuery {
  const read = (key: string) => params.get(key) ?? undefined;
  const parsed = ZNodeListQuery.safeParse({ name: read("name"), owner: read("owner"), programType: read("programType"), page: read("page"), pageSize: read("pageSize") });
  if (parsed.success) return parsed.data;
  // Keep the filters that are valid on their own; drop the rest.
  const fallback = ZNodeListQuery.parse({});
  for (const key of ["name", "owner", "programType", "page", "pageSize"] as const) {
    const single = ZNodeListQuery.safeParse({ [key]: read(key) });
    if (single.success) Object.assign(fallback, { [key]: single.data[key] });
  }
  return fallback;
}

/** What the page navigates with: the filters may be left out. */
export type TNodesUrlState = Pick<TNodeListQuery, "page" | "pageSize"> & Partial<Pick<TNodeListQuery, "name" | "owner" | "programType">>;

/** The search string of a state, defaults left out. */
export function toNodesSearch(query: TNodesUrlState): string {
  const params = new URLSearchParams();
  if (query.name) params.set("name", query.name);
  if (query.owner) params.set("owner", query.owner);
  if (query.programType) params.set("programType", query.programType);
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize !== 50) params.set("pageSize", String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : "";
}
