import type { Instance as InstanceRow, Node as NodeRow } from "../../../../prisma/generated/sqlite/client";
import { localDateOf, localSecondOfDay, localTimeToEpoch } from "../../schedule/calendar";
import type { Database } from "../../store/database";
import { listEnabledReminds } from "../../store/queries/alerts/reminds";
import { raiseAlert } from "../alerts/raise-alert";
import type { AlertMethod, RaiseAlertInput } from "../alerts/types";
import { ALERT_METHODS } from "../alerts/types";
import { bizProcessIdOf, inDoNotDisturb, parseClock, type RemindRule } from "./model";

/** How far back a rule looks for instances (by cycle time) and finished runs. */
const LOOKBACK_MS = 48 * 60 * 60_000;

export type RemindEvaluation = { rulesEvaluated: number; rulesInDoNotDisturb: number; raised: number; deduplicated: number; overLimit: number };

/**
 * Evaluates every enabled remind rule at `now` and raises a REMIND_ALERT per instance whose
 * condition holds. FINISHED and ERROR report each run once (a rerun that finishes or fails again is
 * a new occurrence); UNFINISHED, CYCLE_UNFINISHED and TIMEOUT are states that page again after the
 * rule's alert interval while they last. Inside the do-not-disturb window a rule is not evaluated:
 * what still holds, or finished unreported, pages when the window ends. Each rule pages at most
 * MaxAlertTimes times a local day; more are stored as SEND_OVERLIMIT.
 */
export async function evaluateReminds(db: Database, now: number): Promise<RemindEvaluation> {
  const result: RemindEvaluation = { rulesEvaluated: 0, rulesInDoNotDisturb: 0, raised: 0, deduplicated: 0, overLimit: 0 };
  const rules = await listEnabledReminds(db);
  const timezones = new Map<bigint, string>();
  for (const rule of rules) {
    let timezone = timezones.get(rule.projectId);
    if (timezone === undefined) {
      const project = await db.prisma.project.findUnique({ where: { id: rule.projectId }, select: { timezone: true } });
      if (!project) continue;
      timezone = project.timezone;
      timezones.set(rule.projectId, timezone);
    }
    if (inDoNotDisturb(Math.floor(localSecondOfDay(now, timezone) / 60), rule.dndStart, rule.dndEnd)) {
      result.rulesInDoNotDisturb++;
      continue;
    }
    result.rulesEvaluated++;
    for (const alert of await alertsOfRule(db, rule, now, timezone)) {
      const raised = await raiseAlert(db, alert);
      if (raised.deduplicated) result.deduplicated++;
      else if (raised.status === "SEND_OVERLIMIT") result.overLimit++;
      else result.raised++;
    }
  }
  return result;
}

async function alertsOfRule(db: Database, rule: RemindRule, now: number, timezone: string): Promise<RaiseAlertInput[]> {
  const nodes = await monitoredNodes(db, rule);
  if (nodes.size === 0) return [];
  const instances = await candidateInstances(db, rule, [...nodes.keys()], now);
  const dayStart = localTimeToEpoch(localDateOf(now, timezone), 0, timezone);
  const alerts: RaiseAlertInput[] = [];
  for (const instance of instances) {
    const node = nodes.get(instance.nodeId);
    if (!node) continue;
    const condition = await conditionOf(db, rule, instance, now, timezone);
    if (!condition) continue;
    const methods = rule.alertMethods.filter((method): method is AlertMethod => (ALERT_METHODS as readonly string[]).includes(method));
    alerts.push({
      source: "REMIND_ALERT",
      projectId: rule.projectId,
      dedupeKey: `remind:${rule.id}:${rule.remindType}:${instance.id}`,
      title: `${node.name}: ${condition.title}`,
      content: `${node.name} (instance ${instance.id}, ${instance.dagType === "DAILY" ? "cycle" : instance.dagType.toLowerCase()} ${formatLocal(Number(instance.cycTime), timezone)}) ${condition.text} Rule "${rule.name}".`,
      receivers: {
        users: rule.alertUnit === "OWNER" ? [node.ownerId] : rule.alertTargets,
        methods,
        channels: rule.webhooks,
        robotUrls: rule.robotUrls,
      },
      at: now,
      intervalSeconds: rule.alertIntervalSeconds,
      limit: { key: `remind:${rule.id}`, max: rule.maxAlertTimes, dayStart },
      links: { remindId: rule.id, remindName: rule.name, instanceId: instance.id, nodeId: instance.nodeId },
      details: {
        instances: [{ instanceId: String(instance.id), nodeId: String(instance.nodeId), nodeName: node.name, projectId: String(instance.projectId), status: instance.status }],
      },
    });
  }
  return alerts;
}

async function monitoredNodes(db: Database, rule: RemindRule): Promise<Map<bigint, NodeRow>> {
  const ids = rule.objectIds.filter((id) => /^\d+$/.test(id)).map((id) => BigInt(id));
  let rows: NodeRow[];
  switch (rule.remindUnit) {
    case "NODE":
      rows = await db.prisma.node.findMany({ where: { id: { in: ids }, isDeleted: false } });
      break;
    case "BASELINE":
      rows = await db.prisma.node.findMany({ where: { baselineId: { in: ids }, isDeleted: false } });
      break;
    case "PROJECT":
      rows = await db.prisma.node.findMany({ where: { projectId: { in: ids.length ? ids : [rule.projectId] }, isDeleted: false } });
      break;
    case "BIZPROCESS": {
      const all = await db.prisma.node.findMany({ where: { projectId: rule.projectId, isDeleted: false, NOT: { businessName: "" } } });
      const wanted = new Set(rule.objectIds);
      rows = all.filter((node) => wanted.has(bizProcessIdOf(node.projectId, node.businessName)));
      break;
    }
  }
  return new Map(rows.map((node) => [node.id, node]));
}

async function candidateInstances(db: Database, rule: RemindRule, nodeIds: bigint[], now: number): Promise<InstanceRow[]> {
  const since = BigInt(now - LOOKBACK_MS);
  // Cycle instances only (not backfills, smoke tests or manual runs); a whole workspace by its ID, not by a long node list.
  const projects = rule.objectIds.filter((id) => /^\d+$/.test(id)).map((id) => BigInt(id));
  const scope = rule.remindUnit === "PROJECT" ? { projectId: { in: projects.length ? projects : [rule.projectId] } } : { nodeId: { in: nodeIds } };
  const base = { ...scope, dagType: "DAILY", cycTime: { gte: since, lte: BigInt(now) } };
  const reportFrom = BigInt(Math.max(rule.modifiedAt, now - LOOKBACK_MS));
  switch (rule.remindType) {
    case "FINISHED":
      return db.prisma.instance.findMany({ where: { ...base, status: "SUCCESS", finishTime: { gte: reportFrom } }, orderBy: { id: "asc" } });
    case "ERROR":
      return db.prisma.instance.findMany({ where: { ...base, status: "FAILURE", finishTime: { gte: reportFrom } }, orderBy: { id: "asc" } });
    case "UNFINISHED":
    case "CYCLE_UNFINISHED":
      return db.prisma.instance.findMany({ where: { ...base, NOT: { status: "SUCCESS" } }, orderBy: { id: "asc" } });
    case "TIMEOUT":
      return db.prisma.instance.findMany({ where: { ...base, status: { in: ["RUNNING", "CHECKING", "CHECKING_CONDITION"] }, beginRunningTime: { not: null } }, orderBy: { id: "asc" } });
  }
}

type Condition = { title: string; text: string };

async function conditionOf(db: Database, rule: RemindRule, instance: InstanceRow, now: number, timezone: string): Promise<Condition | null> {
  switch (rule.remindType) {
    case "FINISHED":
    case "ERROR": {
      const finishTime = Number(instance.finishTime ?? 0n);
      const reported = await db.prisma.alertMessage.findFirst({ where: { remindId: rule.id, instanceId: instance.id, alertTime: { gte: BigInt(finishTime) } }, select: { id: true } });
      if (reported) return null;
      return rule.remindType === "FINISHED"
        ? { title: "finished", text: `finished successfully at ${formatLocal(finishTime, timezone)}.` }
        : { title: "failed", text: `failed at ${formatLocal(finishTime, timezone)}${instance.errorMessage ? `: ${instance.errorMessage}` : "."}` };
    }
    case "UNFINISHED": {
      const target = unfinishedTarget(rule.detail);
      if (target === null) return null;
      const deadline = localTimeToEpoch(localDateOf(Number(instance.cycTime), timezone), 0, timezone) + target * 60_000;
      if (now < deadline) return null;
      return { title: `not finished by ${formatMinutes(target)}`, text: `had not finished by ${formatMinutes(target)} (status ${instance.status}).` };
    }
    case "CYCLE_UNFINISHED": {
      const target = cycleTarget(rule.detail, instance.inGroupId);
      if (target === null) return null;
      const deadline = localTimeToEpoch(localDateOf(Number(instance.cycTime), timezone), 0, timezone) + target * 60_000;
      if (now < deadline) return null;
      return { title: `cycle ${instance.inGroupId} not finished by ${formatMinutes(target)}`, text: `had not finished cycle ${instance.inGroupId} by ${formatMinutes(target)} (status ${instance.status}).` };
    }
    case "TIMEOUT": {
      const seconds = Number(rule.detail);
      const began = Number(instance.beginRunningTime ?? 0n);
      if (!Number.isFinite(seconds) || seconds <= 0 || now - began < seconds * 1000) return null;
      return { title: `running over ${formatDuration(seconds)}`, text: `has been running for ${formatDuration(Math.floor((now - began) / 1000))}, more than the ${formatDuration(seconds)} allowed.` };
    }
  }
}

/** UNFINISHED's Detail `{"hour":23,"minu":59}` → minutes after local midnight of the run day. */
export function unfinishedTarget(detail: string): number | null {
  try {
    const parsed = JSON.parse(detail) as { hour?: unknown; minu?: unknown };
    const hour = Number(parsed.hour);
    const minute = Number(parsed.minu ?? 0);
    if (!Number.isInteger(hour) || hour < 0 || hour > 47 || !Number.isInteger(minute) || minute < 0 || minute > 59) return null;
    return hour * 60 + minute;
  } catch {
    return null;
  }
}

/** CYCLE_UNFINISHED's Detail `{"1":"05:50",…}` → the minutes for one cycle, or null when it has none. */
export function cycleTarget(detail: string, inGroupId: number): number | null {
  try {
    const parsed = JSON.parse(detail) as Record<string, unknown>;
    const value = parsed[String(inGroupId)];
    return typeof value === "string" ? parseClock(value, 47) : null;
  } catch {
    return null;
  }
}

function formatLocal(at: number, timezone: string): string {
  const seconds = localSecondOfDay(at, timezone);
  return `${localDateOf(at, timezone)} ${formatMinutes(Math.floor(seconds / 60))} ${timezone}`;
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}
