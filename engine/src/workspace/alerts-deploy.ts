import fs from "node:fs/promises";
import path from "node:path";
import { raiseAlert } from "../monitor/alerts/raise-alert";
import { bizProcessIdOf } from "../monitor/reminds/model";
import { openDatabase, type Database } from "../store/database";
import { migrate } from "../store/migrate";
import { insertRemind, updateRemindRow, type RemindWrite } from "../store/queries/alerts/reminds";
import { inWriteTransaction } from "../store/transaction";
import { remindDetailOf, type AlertsDefinition } from "./alerts-file";
import { WORKSPACE_FILE } from "./load";
import { parseYamlSource } from "./source";

export type AlertsDeployResult = { channels: number; contacts: number; remindsAdded: number; remindsChanged: number; remindsRemoved: number; warnings: string[] };

/**
 * Replaces a workspace's channels, contacts and workspace-defined reminds with those of its
 * alerts.yaml (none when the file is absent). Reminds are matched by name; an unchanged rule keeps
 * its timestamps. Rules created over the API are left alone. Baselines are looked up by name, so
 * run this after the baselines are deployed.
 */
export async function deployAlerts(db: Database, projectId: bigint, alerts: AlertsDefinition | null | undefined, now: number): Promise<AlertsDeployResult> {
  const warnings: string[] = [];
  const definition = alerts ?? { channels: [], contacts: [], reminds: [], file: "alerts.yaml", remindLines: [] };
  const nodes = await db.prisma.node.findMany({ where: { projectId, isDeleted: false }, select: { id: true, name: true } });
  const nodeId = new Map(nodes.map((node) => [node.name, node.id]));
  const baselines = await db.prisma.baseline.findMany({ where: { projectId, isDeleted: false }, select: { id: true, name: true } });
  const baselineId = new Map(baselines.map((baseline) => [baseline.name, baseline.id]));

  const writes: RemindWrite[] = definition.reminds.map((remind) => {
    let objectIds: string[];
    if (remind.unit === "NODE") objectIds = (remind.nodes ?? []).flatMap((name) => (nodeId.has(name) ? [String(nodeId.get(name))] : []));
    else if (remind.unit === "BASELINE") {
      objectIds = (remind.baselines ?? []).flatMap((name) => {
        const id = baselineId.get(name);
        if (id === undefined) warnings.push(`remind "${remind.name}": no baseline named "${name}" in this workspace; it is not monitored`);
        return id === undefined ? [] : [String(id)];
      });
    } else if (remind.unit === "BIZPROCESS") objectIds = (remind.business ?? []).map((name) => bizProcessIdOf(projectId, name));
    else objectIds = [String(projectId)];
    return {
      projectId,
      name: remind.name,
      founder: "workspace",
      origin: "WORKSPACE",
      remindUnit: remind.unit,
      objectIds,
      remindType: remind.type,
      detail: remindDetailOf(remind),
      alertUnit: remind.receivers === "owner" ? "OWNER" : "OTHER",
      alertTargets: remind.receivers === "owner" ? [] : remind.receivers,
      alertMethods: remind.methods,
      robotUrls: remind.robotUrls,
      webhooks: remind.webhooks,
      dndStart: remind.dndStart ?? "00:00",
      dndEnd: remind.dndEnd ?? "",
      maxAlertTimes: remind.maxPerDay,
      alertIntervalSeconds: remind.intervalSeconds,
      useFlag: remind.enabled,
    };
  });

  return inWriteTransaction(db, async (tx) => {
    await tx.alertChannel.deleteMany({ where: { projectId, origin: "WORKSPACE" } });
    if (definition.channels.length) {
      await tx.alertChannel.createMany({
        data: definition.channels.map((channel) => ({
          projectId,
          name: channel.name,
          kind: channel.email ? "MAIL" : "WEBHOOK",
          url: channel.email ?? channel.url ?? "",
          format: channel.email ? "mail" : channel.format,
          secretEnv: channel.secretEnv ?? "",
          everyAlert: channel.everyAlert,
          origin: "WORKSPACE",
        })),
      });
    }
    await tx.alertContact.deleteMany({ where: { projectId } });
    if (definition.contacts.length) {
      await tx.alertContact.createMany({ data: definition.contacts.map((contact) => ({ projectId, userId: contact.user, name: contact.name, email: contact.email ?? "", webhook: contact.webhook ?? "" })) });
    }
    const existing = await tx.remind.findMany({ where: { projectId, origin: "WORKSPACE" } });
    const byName = new Map(existing.map((row) => [row.name, row]));
    let added = 0;
    let changed = 0;
    for (const write of writes) {
      const row = byName.get(write.name);
      byName.delete(write.name);
      if (!row) {
        await insertRemind(tx, write, now);
        added++;
      } else if (!sameRemind(row, write)) {
        await updateRemindRow(tx, row.id, write, now);
        changed++;
      }
    }
    const removed = [...byName.values()].map((row) => row.id);
    if (removed.length) await tx.remind.deleteMany({ where: { id: { in: removed } } });
    return { channels: definition.channels.length, contacts: definition.contacts.length, remindsAdded: added, remindsChanged: changed, remindsRemoved: removed.length, warnings };
  });
}

function sameRemind(row: Record<string, unknown>, write: RemindWrite): boolean {
  const columns: Record<string, unknown> = {
    remindUnit: write.remindUnit,
    objectIds: JSON.stringify(write.objectIds),
    remindType: write.remindType,
    detail: write.detail,
    alertUnit: write.alertUnit,
    alertTargets: JSON.stringify(write.alertTargets),
    alertMethods: JSON.stringify(write.alertMethods),
    robotUrls: JSON.stringify(write.robotUrls),
    webhooks: JSON.stringify(write.webhooks),
    dndStart: write.dndStart,
    dndEnd: write.dndEnd,
    maxAlertTimes: write.maxAlertTimes,
    alertIntervalSeconds: write.alertIntervalSeconds,
    useFlag: write.useFlag,
  };
  return Object.entries(columns).every(([key, value]) => row[key] === value);
}

/**
 * NODE_LONELY_ALERT after a deploy: nodes with neither parents nor children are cut off from every
 * flow (a flow's root has children, so it is not lonely). One alert per deploy that finds any, to
 * their owners; the same set does not page again within a day.
 */
export async function raiseLonelyNodeAlert(db: Database, projectId: bigint, now: number): Promise<number> {
  const scheduled = await db.prisma.node.count({ where: { projectId, isDeleted: false, schedulerType: { not: "MANUAL" } } });
  if (scheduled < 2) return 0;
  // One statement, no ID list: a 10,000-node workspace would pass SQLite's bound-parameter limit.
  const lonely = await db.prisma.$queryRaw<{ id: unknown; name: string; ownerId: string }[]>`
    SELECT n."id", n."name", n."ownerId" FROM "node" n
    WHERE n."projectId" = ${projectId} AND n."isDeleted" = ${false} AND n."schedulerType" <> 'MANUAL'
      AND NOT EXISTS (SELECT 1 FROM "node_edge" e WHERE e."parentId" = n."id")
      AND NOT EXISTS (SELECT 1 FROM "node_edge" e WHERE e."childId" = n."id")
    ORDER BY n."name"`;
  if (lonely.length === 0) return 0;
  const names = lonely.map((node) => node.name);
  await raiseAlert(db, {
    source: "NODE_LONELY_ALERT",
    projectId,
    dedupeKey: `lonely:${names.join(",")}`,
    title: `${lonely.length} isolated node${lonely.length === 1 ? "" : "s"} after deploy`,
    content: `These nodes have no parent and no child, so no flow runs them in order: ${names.slice(0, 20).join(", ")}${names.length > 20 ? ` and ${names.length - 20} more` : ""}. Give each a parent (the workspace root at least).`,
    receivers: { users: [...new Set(lonely.map((node) => node.ownerId))], methods: ["MAIL"] },
    at: now,
    intervalSeconds: 86_400,
    details: { nodes: lonely.map((node) => ({ nodeId: String(node.id), nodeName: node.name, owner: node.ownerId, projectId: String(projectId) })) },
  });
  return lonely.length;
}

/**
 * NODE_CYCLE_ALERT when a deploy is refused because parents form a cycle: the nodes of each cycle
 * that exist in the deployed workspace are named, and their owners alerted. Nothing is raised for a
 * workspace that was never deployed (there is no project to file it under).
 */
export async function raiseCycleAlert(db: Database, projectIdentifier: string, cycles: string[][], now: number): Promise<boolean> {
  const project = await db.prisma.project.findUnique({ where: { identifier: projectIdentifier }, select: { id: true } });
  if (!project || cycles.length === 0) return false;
  const names = [...new Set(cycles.flat())];
  const nodes = await db.prisma.node.findMany({ where: { projectId: project.id, name: { in: names }, isDeleted: false }, select: { id: true, name: true, ownerId: true } });
  const owners = [...new Set(nodes.map((node) => node.ownerId))];
  await raiseAlert(db, {
    source: "NODE_CYCLE_ALERT",
    projectId: project.id,
    dedupeKey: `cycle:${cycles.map((cycle) => cycle.join(">")).join("|")}`,
    title: `Deploy refused: ${cycles.length === 1 ? "a dependency cycle" : `${cycles.length} dependency cycles`}`,
    content: `The workspace was not deployed because parents form a cycle: ${cycles.map((cycle) => cycle.join(" → ")).join("; ")}. The deployed version keeps running.`,
    receivers: { users: owners, methods: ["MAIL"] },
    at: now,
    intervalSeconds: 3600,
    details: { nodes: nodes.map((node) => ({ nodeId: String(node.id), nodeName: node.name, owner: node.ownerId, projectId: String(project.id) })) },
  });
  return true;
}

/**
 * After `engine deploy` refused a workspace: when the refusal names dependency cycles and the
 * workspace was deployed before, files a NODE_CYCLE_ALERT under it.
 */
export async function reportRefusedDeploy(databaseUrl: string, directory: string, issues: readonly { message: string }[], now: number): Promise<void> {
  const cycles = issues.flatMap((issue) => {
    const match = /^dependency cycle: (.+)$/.exec(issue.message);
    return match ? [match[1]!.split(" → ").map((name) => name.trim())] : [];
  });
  if (cycles.length === 0) return;
  let identifier: string | undefined;
  try {
    const parsed = parseYamlSource(WORKSPACE_FILE, await fs.readFile(path.join(directory, WORKSPACE_FILE), "utf8")).value as { identifier?: unknown } | null;
    identifier = typeof parsed?.identifier === "string" ? parsed.identifier : undefined;
  } catch {
    identifier = undefined;
  }
  if (!identifier) return;
  const database = await openDatabase(databaseUrl);
  try {
    await migrate(database);
    await raiseCycleAlert(database, identifier, cycles, now);
  } finally {
    await database.close();
  }
}
