import { z } from "zod";
import { EngineError, ERROR_CODES } from "../../../model/errors";
import { ALERT_METHODS } from "../../../monitor/alerts/types";
import { cycleTarget, unfinishedTarget } from "../../../monitor/reminds/evaluate";
import { ALERT_UNITS, bizProcessIdOf, parseClock, REMIND_TYPES, REMIND_UNITS, type RemindRule } from "../../../monitor/reminds/model";
import type { Database } from "../../../store/database";
import type { RemindWrite } from "../../../store/queries/alerts/reminds";
import { zBool, zIdList, zInt, zLong, zText } from "../../params";

/** Limits from the spec (§4): objects per rule, receivers, alert counts and interval. */
export const REMIND_LIMITS = { nodes: 50, baselines: 5, bizProcesses: 5, targets: 10, rulesPerProject: 1_000 } as const;

const zList = (expected: string) =>
  z.string({ error: expected }).transform((text) =>
    text
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** The rule's fields as CreateRemind and UpdateRemind take them (all optional here; Create requires some). */
export const ZRemindFields = {
  RemindName: zText({ max: 128 }).optional(),
  DndEnd: z.string({ error: "expected hh:mm (hh 0–23)" }).refine((text) => text === "" || parseClock(text, 23) !== null, "expected hh:mm (hh 0–23)").optional(),
  RemindUnit: z.enum(REMIND_UNITS, { error: `expected one of ${REMIND_UNITS.join(", ")}` }).optional(),
  NodeIds: zIdList.optional(),
  BaselineIds: zIdList.optional(),
  ProjectId: zLong.optional(),
  BizProcessIds: zIdList.optional(),
  RemindType: z.enum(REMIND_TYPES, { error: `expected one of ${REMIND_TYPES.join(", ")}` }).optional(),
  MaxAlertTimes: zInt(1, 10).optional(),
  AlertInterval: zInt(1200, 86_400).optional(),
  Detail: z.string({ error: "expected text" }).max(4000, "expected at most 4000 characters").optional(),
  AlertUnit: z.enum(ALERT_UNITS, { error: `expected one of ${ALERT_UNITS.join(", ")}` }).optional(),
  AlertMethods: zList(`expected comma-separated ${ALERT_METHODS.join(", ")}`)
    .refine((methods) => methods.length > 0 && methods.every((method) => (ALERT_METHODS as readonly string[]).includes(method)), `expected comma-separated ${ALERT_METHODS.join(", ")}`)
    .optional(),
  AlertTargets: zList("expected comma-separated user IDs").refine((targets) => targets.every((target) => target.length <= 64), "expected user IDs of at most 64 characters").optional(),
  RobotUrls: zList("expected comma-separated http(s) URLs, or undefined to clear")
    .refine((urls) => (urls.length === 1 && urls[0] === "undefined") || urls.every(isHttpUrl), "expected comma-separated http(s) URLs, or undefined to clear")
    .optional(),
  /** Nightshift extension: names of webhook channels (alerts.yaml or the environment's default-webhook). */
  Webhooks: zList("expected comma-separated channel names").refine((names) => names.every((name) => /^[\w.-]{1,64}$/.test(name)), "expected channel names (letters, digits, _ . -)").optional(),
  UseFlag: zBool.optional(),
};

type Fields = { [Key in keyof typeof ZRemindFields]?: z.output<(typeof ZRemindFields)[Key]> };

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function invalid(field: string, message: string): EngineError {
  return new EngineError(ERROR_CODES.invalidParameter, `The specified parameters are invalid: ${field}: ${message}`, 400);
}

export function remindNotFound(remindId: number | bigint): EngineError {
  return new EngineError("Invalid.Wkbench.RemindNotExist", `The reminder ${String(remindId)} does not exist.`, 500);
}

/**
 * Merges the given fields over an existing rule (UpdateRemind) or defaults (CreateRemind), checks
 * everything that depends on more than one field, and that the monitored objects exist. Errors name
 * the field and what was expected.
 */
export async function resolveRemindWrite(db: Database, fields: Fields, existing: RemindRule | null, founder: string): Promise<RemindWrite> {
  const unit = fields.RemindUnit ?? existing?.remindUnit;
  const type = fields.RemindType ?? existing?.remindType;
  const alertUnit = fields.AlertUnit ?? existing?.alertUnit;
  const name = fields.RemindName ?? existing?.name;
  const methods = fields.AlertMethods ?? existing?.alertMethods;
  if (!name) throw invalid("RemindName", "required, 1 to 128 characters");
  if (!unit) throw invalid("RemindUnit", `required, one of ${REMIND_UNITS.join(", ")}`);
  if (!type) throw invalid("RemindType", `required, one of ${REMIND_TYPES.join(", ")}`);
  if (!alertUnit) throw invalid("AlertUnit", "required, OWNER or OTHER");
  if (!methods || methods.length === 0) throw invalid("AlertMethods", `required, comma-separated ${ALERT_METHODS.join(", ")}`);

  const unitChanged = existing === null || fields.RemindUnit !== undefined;
  let objectIds: string[];
  let projectId: bigint;
  const given = (key: "NodeIds" | "BaselineIds" | "BizProcessIds") => fields[key];
  switch (unit) {
    case "NODE": {
      const ids = given("NodeIds") ?? (unitChanged ? undefined : existing?.objectIds.map(BigInt));
      if (!ids || ids.length === 0) throw invalid("NodeIds", "required when RemindUnit is NODE: comma-separated node IDs");
      if (ids.length > REMIND_LIMITS.nodes) throw invalid("NodeIds", `at most ${REMIND_LIMITS.nodes} nodes per rule`);
      const nodes = await db.prisma.node.findMany({ where: { id: { in: ids }, isDeleted: false }, select: { id: true, projectId: true } });
      const missing = ids.find((id) => !nodes.some((node) => node.id === id));
      if (missing !== undefined) throw new EngineError("Invalid.Wkbench.NodeNotExist", `The node ${String(missing)} does not exist.`, 500);
      const projects = new Set(nodes.map((node) => node.projectId));
      if (projects.size > 1) throw invalid("NodeIds", "expected nodes of one workspace");
      objectIds = ids.map(String);
      projectId = nodes[0]!.projectId;
      break;
    }
    case "BASELINE": {
      const ids = given("BaselineIds") ?? (unitChanged ? undefined : existing?.objectIds.map(BigInt));
      if (!ids || ids.length === 0) throw invalid("BaselineIds", "required when RemindUnit is BASELINE: comma-separated baseline IDs");
      if (ids.length > REMIND_LIMITS.baselines) throw invalid("BaselineIds", `at most ${REMIND_LIMITS.baselines} baselines per rule`);
      const baselines = await db.prisma.baseline.findMany({ where: { id: { in: ids }, isDeleted: false }, select: { id: true, projectId: true } });
      const missing = ids.find((id) => !baselines.some((baseline) => baseline.id === id));
      if (missing !== undefined) throw new EngineError("Invalid.Wkbench.BaselineNotExist", `The baseline ${String(missing)} does not exist.`, 500);
      objectIds = ids.map(String);
      projectId = baselines[0]!.projectId;
      break;
    }
    case "PROJECT": {
      const id = fields.ProjectId ?? (unitChanged ? undefined : existing?.projectId);
      if (id === undefined) throw invalid("ProjectId", "required when RemindUnit is PROJECT: the workspace ID");
      if (!(await db.prisma.project.findUnique({ where: { id }, select: { id: true } }))) throw new EngineError(ERROR_CODES.projectNotFound, "The project does not exist.", 400);
      objectIds = [String(id)];
      projectId = id;
      break;
    }
    case "BIZPROCESS": {
      const ids = given("BizProcessIds") ?? (unitChanged ? undefined : existing?.objectIds.map(BigInt));
      if (!ids || ids.length === 0) throw invalid("BizProcessIds", "required when RemindUnit is BIZPROCESS: comma-separated business process IDs");
      if (ids.length > REMIND_LIMITS.bizProcesses) throw invalid("BizProcessIds", `at most ${REMIND_LIMITS.bizProcesses} business processes per rule`);
      const scope = fields.ProjectId ?? existing?.projectId;
      const processes = await listBizProcesses(db, scope);
      const wanted = ids.map(String);
      const found = processes.filter((process) => wanted.includes(process.bizId));
      const missing = wanted.find((id) => !found.some((process) => process.bizId === id));
      if (missing !== undefined) throw invalid("BizProcessIds", `no business process has ID ${missing}`);
      if (new Set(found.map((process) => process.projectId)).size > 1) throw invalid("BizProcessIds", "expected business processes of one workspace");
      objectIds = wanted;
      projectId = found[0]!.projectId;
      break;
    }
  }

  const detail = fields.Detail ?? (fields.RemindType !== undefined && existing?.remindType !== type ? "" : (existing?.detail ?? ""));
  validateDetail(type, detail);

  const targets = fields.AlertTargets ?? (fields.AlertUnit !== undefined && existing?.alertUnit !== alertUnit ? [] : (existing?.alertTargets ?? []));
  if (alertUnit === "OTHER" && targets.length === 0) throw invalid("AlertTargets", "required when AlertUnit is OTHER: comma-separated user IDs");
  if (targets.length > REMIND_LIMITS.targets) throw invalid("AlertTargets", `at most ${REMIND_LIMITS.targets} users`);

  const robotUrls = fields.RobotUrls ? (fields.RobotUrls[0] === "undefined" ? [] : fields.RobotUrls) : (existing?.robotUrls ?? []);
  if (methods.includes("DINGROBOTS") && robotUrls.length === 0) throw invalid("RobotUrls", "required when AlertMethods includes DINGROBOTS");
  const webhooks = fields.Webhooks ?? existing?.webhooks ?? [];
  if (webhooks.length > 0) {
    const known = await db.prisma.alertChannel.findMany({ where: { projectId: { in: [projectId, 0n] }, name: { in: webhooks } }, select: { name: true } });
    const unknown = webhooks.find((hook) => !known.some((channel) => channel.name === hook));
    if (unknown !== undefined) throw invalid("Webhooks", `no channel named "${unknown}" (alerts.yaml channels, or default-webhook from NIGHTSHIFT_ALERT_WEBHOOK_URL)`);
  }

  return {
    projectId,
    name,
    founder: existing?.founder ?? founder,
    origin: existing?.origin ?? "API",
    remindUnit: unit,
    objectIds,
    remindType: type,
    detail,
    alertUnit,
    alertTargets: alertUnit === "OWNER" ? [] : targets,
    alertMethods: methods,
    robotUrls,
    webhooks,
    dndStart: existing?.dndStart ?? "00:00",
    dndEnd: fields.DndEnd ?? existing?.dndEnd ?? "",
    maxAlertTimes: fields.MaxAlertTimes ?? existing?.maxAlertTimes ?? 3,
    alertIntervalSeconds: fields.AlertInterval ?? existing?.alertIntervalSeconds ?? 1800,
    useFlag: fields.UseFlag ?? existing?.useFlag ?? true,
  };
}

/** Checks `Detail` against the trigger type's format (spec E12). */
export function validateDetail(type: string, detail: string): void {
  switch (type) {
    case "FINISHED":
    case "ERROR":
      if (detail.trim() !== "") throw invalid("Detail", `must be empty for ${type}`);
      return;
    case "UNFINISHED":
      if (unfinishedTarget(detail) === null) throw invalid("Detail", 'expected {"hour":H,"minu":M} with hour 0–47 and minu 0–59 for UNFINISHED');
      return;
    case "CYCLE_UNFINISHED": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        parsed = null;
      }
      const entries = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? Object.keys(parsed) : [];
      const valid = entries.length > 0 && entries.every((key) => /^\d{1,3}$/.test(key) && Number(key) >= 1 && Number(key) <= 288 && cycleTarget(detail, Number(key)) !== null);
      if (!valid) throw invalid("Detail", 'expected a JSON object of cycle number (1–288) to "hh:mm" (hh 0–47) for CYCLE_UNFINISHED, e.g. {"1":"05:50"}');
      return;
    }
    case "TIMEOUT":
      if (!/^\d{1,6}$/.test(detail.trim()) || Number(detail) < 60 || Number(detail) > 604_800) throw invalid("Detail", "expected a number of seconds from 60 to 604800 for TIMEOUT");
      return;
  }
}

export type BizProcess = { bizId: string; name: string; projectId: bigint };

/** Business processes: the distinct `business` names of the nodes, in one workspace or all. */
export async function listBizProcesses(db: Database, projectId?: bigint): Promise<BizProcess[]> {
  const rows = await db.prisma.node.findMany({
    where: { isDeleted: false, NOT: { businessName: "" }, ...(projectId !== undefined ? { projectId } : {}) },
    select: { projectId: true, businessName: true },
    distinct: ["projectId", "businessName"],
  });
  return rows.map((row) => ({ bizId: bizProcessIdOf(row.projectId, row.businessName), name: row.businessName, projectId: row.projectId }));
}
