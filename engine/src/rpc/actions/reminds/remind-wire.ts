import type { RemindRule } from "../../../monitor/reminds/model";
import type { Database } from "../../../store/database";
import { listBizProcesses } from "./remind-params";

const ids = (rule: RemindRule, unit: string) => (rule.remindUnit === unit ? rule.objectIds.map((id) => BigInt(id)) : []);

/** A rule as ListReminds returns it (spec §4.5), plus the ProjectId it belongs to (extension). */
export function toRemindSummaryWire(rule: RemindRule) {
  return {
    RemindId: rule.id,
    RemindName: rule.name,
    RemindUnit: rule.remindUnit,
    RemindType: rule.remindType,
    AlertUnit: rule.alertUnit,
    AlertTargets: rule.alertTargets,
    AlertMethods: rule.alertMethods,
    NodeIds: ids(rule, "NODE"),
    BaselineIds: ids(rule, "BASELINE"),
    ProjectIds: ids(rule, "PROJECT"),
    BizProcessIds: ids(rule, "BIZPROCESS"),
    DndStart: rule.dndStart,
    DndEnd: rule.dndEnd,
    Founder: rule.founder,
    Useflag: rule.useFlag,
    ProjectId: rule.projectId,
    Webhooks: rule.webhooks,
    Origin: rule.origin,
  };
}

/** A rule as GetRemind returns it (spec §4.4): the summary plus Detail, limits, robots and object lists. */
export async function toRemindDetailWire(db: Database, rule: RemindRule) {
  const objectIds = rule.objectIds.map((id) => BigInt(id));
  const [nodes, baselines, processes] = await Promise.all([
    rule.remindUnit === "NODE" ? db.prisma.node.findMany({ where: { id: { in: objectIds } }, select: { id: true, name: true, ownerId: true, projectId: true } }) : [],
    rule.remindUnit === "BASELINE" ? db.prisma.baseline.findMany({ where: { id: { in: objectIds } }, select: { id: true, name: true } }) : [],
    rule.remindUnit === "BIZPROCESS" ? listBizProcesses(db, rule.projectId) : [],
  ]);
  return {
    ...toRemindSummaryWire(rule),
    Detail: rule.detail,
    MaxAlertTimes: rule.maxAlertTimes,
    AlertInterval: rule.alertIntervalSeconds,
    Robots: rule.robotUrls.map((url) => ({ WebUrl: url, AtAll: false })),
    Nodes: nodes.map((node) => ({ NodeId: node.id, NodeName: node.name, Owner: node.ownerId, ProjectId: node.projectId })),
    Baselines: baselines.map((baseline) => ({ BaselineId: baseline.id, BaselineName: baseline.name })),
    Projects: rule.remindUnit === "PROJECT" ? rule.objectIds.map((id) => ({ ProjectId: BigInt(id) })) : [],
    BizProcesses: processes.filter((process) => rule.objectIds.includes(process.bizId)).map((process) => ({ BizId: BigInt(process.bizId), BizProcessName: process.name })),
  };
}
