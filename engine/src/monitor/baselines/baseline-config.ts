import { addDays, localTimeToEpoch, runDateOf } from "../../schedule/calendar";

/** Baseline types (spec E4). */
export const BASELINE_TYPES = ["DAILY", "HOURLY"] as const;
export type BaselineType = (typeof BASELINE_TYPES)[number];

/** Baseline priorities as DataWorks offers them (spec E5, {1,3,5,7,8}); higher is more important. */
export const BASELINE_PRIORITIES = [1, 3, 5, 7, 8] as const;

/** Baseline statuses with DataWorks' wire spelling `DANGROUS` (spec E2). */
export const BASELINE_STATUSES = ["SAFE", "DANGROUS", "OVER", "ERROR"] as const;
export type BaselineStatus = (typeof BASELINE_STATUSES)[number];
export const FINISH_STATUSES = ["FINISH", "UNFINISH"] as const;
export type FinishStatus = (typeof FINISH_STATUSES)[number];

export type BaselineConfig = {
  id: bigint;
  projectId: bigint;
  name: string;
  /** Owner UIDs. */
  owners: string[];
  priority: number;
  baselineType: BaselineType;
  isDefault: boolean;
  useFlag: boolean;
  /** Cycle number ("1", or "1"–"24" for HOURLY) → commitment "hh:mm", hh in [0, 47]. */
  slaDetail: Record<string, string>;
  alertMarginMinutes: number;
  sourceFile: string;
  sourceLine: number;
};

const HH_MM = /^(\d{1,2}):(\d{2})$/;

/** Minutes after the run date's midnight of an "hh:mm" (hh up to 47: the next day). */
export function minutesOfHhMm(text: string): number | null {
  const match = HH_MM.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 47 || minutes > 59) return null;
  return hours * 60 + minutes;
}

export function formatHhMm(totalMinutes: number): string {
  const clamped = Math.max(0, totalMinutes);
  return `${String(Math.floor(clamped / 60)).padStart(2, "0")}:${String(clamped % 60).padStart(2, "0")}`;
}

/** The cycles a baseline has: "1" for DAILY, the configured ones (1–24) for HOURLY, ascending. */
export function cyclesOf(config: Pick<BaselineConfig, "slaDetail">): number[] {
  return Object.keys(config.slaDetail)
    .map(Number)
    .filter((cycle) => Number.isInteger(cycle) && cycle >= 1)
    .sort((a, b) => a - b);
}

/**
 * Commitment (SlaTime) and alert time (ExpTime = SlaTime − margin) of one baseline instance: the
 * cycle's "hh:mm" on the bizdate's run date (bizdate + 1) in the workspace's zone; hh ≥ 24 is the next day.
 */
export function commitmentOf(config: Pick<BaselineConfig, "slaDetail" | "alertMarginMinutes">, bizdate: string, inGroupId: number, timezone: string): { slaTime: number; expTime: number } | null {
  const text = config.slaDetail[String(inGroupId)];
  const minutes = text === undefined ? null : minutesOfHhMm(text);
  if (minutes === null) return null;
  const day = Math.floor(minutes / (24 * 60));
  const slaTime = localTimeToEpoch(addDays(runDateOf(bizdate), day), (minutes % (24 * 60)) * 60, timezone);
  return { slaTime, expTime: slaTime - config.alertMarginMinutes * 60_000 };
}

/** The alert times as DataWorks' HourExpDetail / ExpHour+ExpMinu express them: commitment − margin. */
export function expDetailOf(config: Pick<BaselineConfig, "slaDetail" | "alertMarginMinutes">): Record<string, string> {
  return Object.fromEntries(
    Object.entries(config.slaDetail).map(([cycle, text]) => [cycle, formatHhMm((minutesOfHhMm(text) ?? 0) - config.alertMarginMinutes)]),
  );
}

/** Accepts the correct English spelling DANGEROUS on input as an alias of the wire's DANGROUS. */
export function parseBaselineStatus(text: string): BaselineStatus | null {
  const upper = text.trim().toUpperCase();
  if (upper === "DANGEROUS") return "DANGROUS";
  return (BASELINE_STATUSES as readonly string[]).includes(upper) ? (upper as BaselineStatus) : null;
}
