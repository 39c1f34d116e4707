import crypto from "node:crypto";

export const REMIND_TYPES = ["FINISHED", "UNFINISHED", "ERROR", "CYCLE_UNFINISHED", "TIMEOUT"] as const;
export type RemindType = (typeof REMIND_TYPES)[number];
export const REMIND_UNITS = ["NODE", "BASELINE", "PROJECT", "BIZPROCESS"] as const;
export type RemindUnit = (typeof REMIND_UNITS)[number];
export const ALERT_UNITS = ["OWNER", "OTHER"] as const;
export type AlertUnit = (typeof ALERT_UNITS)[number];

/** A remind rule as the evaluator and the API see it (JSON columns parsed). */
export type RemindRule = {
  id: number;
  projectId: bigint;
  name: string;
  founder: string;
  origin: string;
  remindUnit: RemindUnit;
  objectIds: string[];
  remindType: RemindType;
  detail: string;
  alertUnit: AlertUnit;
  alertTargets: string[];
  alertMethods: string[];
  robotUrls: string[];
  webhooks: string[];
  dndStart: string;
  dndEnd: string;
  maxAlertTimes: number;
  alertIntervalSeconds: number;
  useFlag: boolean;
  createdAt: number;
  modifiedAt: number;
};

export type RemindRow = {
  id: number;
  projectId: bigint;
  name: string;
  founder: string;
  origin: string;
  remindUnit: string;
  objectIds: string;
  remindType: string;
  detail: string;
  alertUnit: string;
  alertTargets: string;
  alertMethods: string;
  robotUrls: string;
  webhooks: string;
  dndStart: string;
  dndEnd: string;
  maxAlertTimes: number;
  alertIntervalSeconds: number;
  useFlag: boolean;
  createdAt: bigint;
  modifiedAt: bigint;
};

export function toRemindRule(row: RemindRow): RemindRule {
  return {
    ...row,
    remindUnit: row.remindUnit as RemindUnit,
    remindType: row.remindType as RemindType,
    alertUnit: row.alertUnit as AlertUnit,
    objectIds: parseList(row.objectIds),
    alertTargets: parseList(row.alertTargets),
    alertMethods: parseList(row.alertMethods),
    robotUrls: parseList(row.robotUrls),
    webhooks: parseList(row.webhooks),
    createdAt: Number(row.createdAt),
    modifiedAt: Number(row.modifiedAt),
  };
}

function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * A business process's ID (BizId): DataWorks' business processes are the engine's node `business`
 * names, so the ID is derived from the workspace and the name — stable across deploys, below 2^48.
 */
export function bizProcessIdOf(projectId: bigint, businessName: string): string {
  const digest = crypto.createHash("sha256").update(`${projectId}/${businessName}`).digest("hex");
  return String(Number.parseInt(digest.slice(0, 12), 16));
}

/** "hh:mm" → minutes; hours up to `maxHour` (23 for do-not-disturb, 47 for deadlines). */
export function parseClock(text: string, maxHour: number): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > maxHour || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Whether a local minute-of-day lies in the do-not-disturb window [start, end) (which may wrap midnight). */
export function inDoNotDisturb(minuteOfDay: number, dndStart: string, dndEnd: string): boolean {
  if (!dndEnd) return false;
  const start = parseClock(dndStart || "00:00", 23);
  const end = parseClock(dndEnd, 23);
  if (start === null || end === null || start === end) return false;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}
