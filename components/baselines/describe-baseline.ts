import type { TBaselineInstanceDetail, TKeyPathEntry } from "@/lib/contracts/baselines";
import { formatClock, formatMinutes } from "./baseline-time";

const WAITING = new Set(["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"]);

/** How the commitment stands against a time: "18 min before the 06:00 commitment". */
function againstCommitment(at: number, slaTime: string | null, timeZone: string): string {
  if (slaTime === null) return "no commitment known";
  const difference = Date.parse(slaTime) - at;
  const commitment = `the ${formatClock(slaTime, timeZone)} commitment`;
  if (Math.abs(difference) < 30_000) return `right at ${commitment}`;
  return difference > 0 ? `${formatMinutes(difference)} before ${commitment}` : `${formatMinutes(difference)} after ${commitment}`;
}

/** What the blocking instance is doing now: "dws_trade_daily (running 12 min, usually 9)". */
function describeBlock(detail: TBaselineInstanceDetail, entry: TKeyPathEntry | undefined, now: number): string | null {
  const block = detail.blockInstance;
  if (!block) return null;
  const name = block.nodeName || entry?.nodeName || `instance ${block.instanceId}`;
  const usual = entry?.usualDurationSeconds ? `usually ${Math.max(1, Math.round(entry.usualDurationSeconds / 60))}` : null;
  const status = entry?.status ?? block.status;
  // A finished instance holds nothing up.
  if (status === "SUCCESS") return null;
  if (status === "RUNNING" || status === "CHECKING" || status === "CHECKING_CONDITION") {
    const started = entry?.beginRunningTime ? Date.parse(entry.beginRunningTime) : null;
    const running = started !== null ? `running ${Math.max(0, Math.round((now - started) / 60_000))} min` : "running";
    return `${name} (${[running, usual].filter(Boolean).join(", ")})`;
  }
  if (status === "FAILURE") return `${name} (failed${entry?.finishTime ? ` at ${formatClock(entry.finishTime, detail.timezone)}` : ""})`;
  if (WAITING.has(status)) {
    const start = entry?.beginCast ? `, predicted to start ${formatClock(entry.beginCast, detail.timezone)}` : "";
    return `${name} (not started${start})`;
  }
  return `${name} (${status.toLowerCase().replace(/_/g, " ")})`;
}

/**
 * The one plain-language line of a baseline instance, e.g. "predicted 05:42, 18 min before the
 * 06:00 commitment; blocked by dws_trade_daily (running 12 min, usually 9)". Times in the
 * workspace's zone. Pure (`now` is passed in).
 */
export function describeBaselineInstance(detail: TBaselineInstanceDetail, now: number): string {
  const { baseline, timezone } = detail;
  if (baseline.finishStatus === "FINISH") {
    if (baseline.finishTime === null) return "finished";
    return `finished ${formatClock(baseline.finishTime, timezone)}, ${againstCommitment(Date.parse(baseline.finishTime), baseline.slaTime, timezone)}`;
  }
  const entry = detail.blockInstance ? detail.keyPath.find((item) => item.instanceId === detail.blockInstance?.instanceId) : undefined;
  const predicted = baseline.endCast === null ? "no prediction yet" : `predicted ${formatClock(baseline.endCast, timezone)}, ${againstCommitment(Date.parse(baseline.endCast), baseline.slaTime, timezone)}`;
  const block = describeBlock(detail, entry, now);
  return block ? `${predicted}; blocked by ${block}` : predicted;
}
