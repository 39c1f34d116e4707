import { toRemindRule, type RemindRule } from "../../../monitor/reminds/model";
import type { Database } from "../../database";
import type { DbClient } from "../../transaction";

export type RemindWrite = {
  projectId: bigint;
  name: string;
  founder: string;
  origin?: string;
  remindUnit: string;
  objectIds: string[];
  remindType: string;
  detail: string;
  alertUnit: string;
  alertTargets: string[];
  alertMethods: string[];
  robotUrls: string[];
  webhooks: string[];
  dndStart?: string;
  dndEnd: string;
  maxAlertTimes: number;
  alertIntervalSeconds: number;
  useFlag: boolean;
};

export async function listEnabledReminds(db: Database): Promise<RemindRule[]> {
  const rows = await db.prisma.remind.findMany({ where: { useFlag: true }, orderBy: { id: "asc" } });
  return rows.map(toRemindRule);
}

export async function findRemind(db: DbClient | Database, remindId: number): Promise<RemindRule | null> {
  const client = "prisma" in db ? db.prisma : db;
  const row = await client.remind.findUnique({ where: { id: remindId } });
  return row ? toRemindRule(row) : null;
}

export async function countReminds(db: Database, projectId: bigint): Promise<number> {
  return db.prisma.remind.count({ where: { projectId } });
}

export async function insertRemind(db: DbClient, remind: RemindWrite, at: number): Promise<number> {
  const row = await db.remind.create({ data: { ...toColumns(remind), createdAt: BigInt(at), modifiedAt: BigInt(at) }, select: { id: true } });
  return row.id;
}

export async function updateRemindRow(db: DbClient, remindId: number, remind: RemindWrite, at: number): Promise<void> {
  await db.remind.update({ where: { id: remindId }, data: { ...toColumns(remind), modifiedAt: BigInt(at) } });
}

export async function deleteRemindRow(db: DbClient, remindId: number): Promise<boolean> {
  const { count } = await db.remind.deleteMany({ where: { id: remindId } });
  return count > 0;
}

/** Every rule of a project (for filtering in memory: rule counts are small). */
export async function listRemindsOfProjects(db: Database, projectIds: bigint[] | null): Promise<RemindRule[]> {
  const rows = await db.prisma.remind.findMany({ where: projectIds ? { projectId: { in: projectIds } } : {}, orderBy: { id: "asc" } });
  return rows.map(toRemindRule);
}

function toColumns(remind: RemindWrite) {
  return {
    projectId: remind.projectId,
    name: remind.name,
    founder: remind.founder,
    origin: remind.origin ?? "API",
    remindUnit: remind.remindUnit,
    objectIds: JSON.stringify(remind.objectIds),
    remindType: remind.remindType,
    detail: remind.detail,
    alertUnit: remind.alertUnit,
    alertTargets: JSON.stringify(remind.alertTargets),
    alertMethods: JSON.stringify(remind.alertMethods),
    robotUrls: JSON.stringify(remind.robotUrls),
    webhooks: JSON.stringify(remind.webhooks),
    dndStart: remind.dndStart ?? "00:00",
    dndEnd: remind.dndEnd,
    maxAlertTimes: remind.maxAlertTimes,
    alertIntervalSeconds: remind.alertIntervalSeconds,
    useFlag: remind.useFlag,
  };
}
