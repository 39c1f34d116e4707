import type { TConnectivityHistoryEntry } from "@/lib/contracts/connectivity";
import { isReachable } from "./connect-state-style";

export type THistoryPoint = { at: string; reachable: number; connectable: number; state: string };

/** One point per test, oldest first: 1 when the host was reached (connectable or misconfigured), 0 when not. */
export function toHistorySeries(items: readonly TConnectivityHistoryEntry[], formatTime: (iso: string) => string): THistoryPoint[] {
  return items.map((item) => ({
    at: formatTime(item.testedAt),
    reachable: isReachable(item.state) ? 1 : 0,
    connectable: item.state === "Connectable" ? 1 : 0,
    state: item.state,
  }));
}
