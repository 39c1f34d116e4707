import type { TConnectState, TConnectivityRun, TConnectivityStep, TConnectivityTarget } from "@/lib/contracts/connectivity";

/** Most severe first: what a run with several targets reports when not all of them connected. */
const SEVERITY: readonly TConnectState[] = ["Unsupport", "Unreachable", "ConfigError", "Failed", "Deleted"];
const FAILURE_STATES: ReadonlySet<TConnectState> = new Set(["Unsupport", "Unreachable", "ConfigError", "Failed"]);

/**
 * The run's verdict from its targets (DTS, DRS, pair tests): a call error or no targets → Unsupport;
 * all connectable → Connectable; still running without any failure → InProgress; otherwise the most
 * severe target state.
 */
export function aggregateRunState(targets: readonly Pick<TConnectivityTarget, "state">[], hasApiError = false): TConnectState {
  if (hasApiError || targets.length === 0) return "Unsupport";
  if (targets.every((target) => target.state === "Connectable")) return "Connectable";
  if (targets.some((target) => target.state === "InProgress") && !targets.some((target) => FAILURE_STATES.has(target.state))) return "InProgress";
  for (const state of SEVERITY) if (targets.some((target) => target.state === state)) return state;
  return "Unsupport";
}

/** The console's own hint for a verdict; shown apart from the provider's advice. */
export function consoleHintFor(state: TConnectState, provider: TConnectivityRun["provider"]): string | null {
  switch (state) {
    case "Unreachable":
      return "The network path failed: check the host and port, firewalls between the resource group and the data source, and the resource group's egress policy.";
    case "ConfigError":
      return "The network is fine; check the data source's configuration: user name, password, database name and TLS settings.";
    case "Unsupport":
      return provider.startsWith("dataworks")
        ? "The test could not run: check that the data source type is supported, or retry once the resource group has finished initializing."
        : "The check could not run; read the message, then retry.";
    case "Failed":
      return provider === "drs.BatchTestConnections"
        ? "DRS can only test a task's connections while the task is in CONFIGURATION status; check the address, port, credentials and network type."
        : "The connection failed; check the address, port, credentials and the network between the service and the database.";
    default:
      return null;
  }
}

export function toIso(epochMs: number | null | undefined): string | null {
  return typeof epochMs === "number" && Number.isFinite(epochMs) && epochMs > 0 ? new Date(epochMs).toISOString() : null;
}

export function durationBetween(startMs: number | null | undefined, endMs: number | null | undefined): number | null {
  return typeof startMs === "number" && typeof endMs === "number" && endMs >= startMs ? Math.round(endMs - startMs) : null;
}

/** A step the console makes up because the provider returns none. */
export function syntheticStep(step: Pick<TConnectivityStep, "code" | "name" | "outcome" | "message"> & { startTime?: string | null }): TConnectivityStep {
  return { seq: 0, startTime: step.startTime ?? null, endTime: null, durationMs: null, advice: null, synthetic: true, inferred: false, ...step };
}

/** The first target in the run's state, whose message stands for the run. */
export function messageOfWorst(targets: readonly TConnectivityTarget[], state: TConnectState): string | null {
  return targets.find((target) => target.state === state && target.message)?.message ?? null;
}
