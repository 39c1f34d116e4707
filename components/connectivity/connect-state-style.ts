import type { BadgeTone } from "@/components/ui/badge";
import type { TConnectState, TStepOutcome } from "@/lib/contracts/connectivity";

/** Verdict → badge tone: green connects, amber reached-but-misconfigured, red cannot reach or failed. */
export const CONNECT_STATE_TONES: Record<TConnectState, BadgeTone> = {
  Connectable: "ok",
  ConfigError: "warn",
  Unreachable: "danger",
  Failed: "danger",
  Unsupport: "neutral",
  InProgress: "info",
  Deleted: "neutral",
};

export const STEP_OUTCOME_TONES: Record<TStepOutcome, BadgeTone> = { passed: "ok", failed: "danger", running: "info", skipped: "neutral", unknown: "neutral" };

/** Whether a verdict counts as reachable in the history chart (configuration errors reached the host). */
export function isReachable(state: TConnectState): boolean {
  return state === "Connectable" || state === "ConfigError";
}
