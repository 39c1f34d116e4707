import { queryOptions } from "@tanstack/react-query";
import { fetchMe } from "./api";

export const authKeys = {
  all: ["auth"] as const,
  me: () => [...authKeys.all, "me"] as const,
};

export function meQueryOptions() {
  // Who is signed in changes only by signing in or out, which set the cache themselves.
  return queryOptions({ queryKey: authKeys.me(), queryFn: ({ signal }) => fetchMe(signal), staleTime: 5 * 60_000 });
}
