import path from "node:path";
import { ensureCycleInstances } from "../runtime/generation";
import type { Database } from "../store/database";
import { findDataSourceByName } from "../store/queries/connectivity/data-sources";
import { deployWorkspace, type DeployResult } from "../workspace/deploy";
import { workspaceDigest } from "../workspace/digest";
import { DEMO_WRONG_PASSWORD_SOURCE, seedDemoConnectivity } from "../workspace/datasources-demo";
import { loadWorkspace } from "../workspace/load";
import { generateDemoHistory } from "./demo-history";

export const DEMO_WORKSPACE_DIR = path.resolve(import.meta.dirname, "../../workspaces/demo");
export const DEMO_HISTORY_DAYS = 14;

/**
 * On an empty database: deploy the demo workspace, simulate its last 14 days (so trends, top-10s
 * and averages have data) and generate today's instances, which then run live.
 */
export async function seedDemoIfEmpty(database: Database, options: { now: number }): Promise<{ projectId: bigint; historyInstances: number } | null> {
  if ((await database.prisma.project.count()) > 0) return null;
  const definition = await loadWorkspace(DEMO_WORKSPACE_DIR);
  const deployed = await deployWorkspace(database, definition, { operator: "nightshift", now: options.now, sourceDir: DEMO_WORKSPACE_DIR });
  console.log(`[engine] ${await seedDemoConnectivity(database, deployed.projectId)}`);
  const history = await generateDemoHistory(database, { projectId: deployed.projectId, days: DEMO_HISTORY_DAYS, now: options.now });
  await ensureCycleInstances(database, { projectId: deployed.projectId, now: options.now });
  return { projectId: deployed.projectId, historyInstances: history.instances };
}

/**
 * On a database an earlier version seeded: redeploys the demo workspace when its files changed, so
 * that what a newer version adds to the demo (baselines, rules, data sources…) appears without
 * wiping the data. History and instances are kept; like any deploy, it lifts operator freezes.
 * Only the demo the engine itself deployed from this checkout is touched.
 */
export async function refreshDemoIfChanged(database: Database, options: { now: number }): Promise<DeployResult | null> {
  const definition = await loadWorkspace(DEMO_WORKSPACE_DIR);
  const project = await database.prisma.project.findUnique({ where: { identifier: definition.identifier }, select: { id: true, sourceDir: true } });
  if (!project || project.sourceDir !== DEMO_WORKSPACE_DIR) return null;
  const last = await database.prisma.deployment.findFirst({ where: { projectId: project.id }, orderBy: { id: "desc" }, select: { digest: true } });
  if (last?.digest === workspaceDigest(definition)) return null;
  const hadDemoSources = (await findDataSourceByName(database, { projectId: project.id, envType: 1, name: DEMO_WRONG_PASSWORD_SOURCE })) !== null;
  const deployed = await deployWorkspace(database, definition, { operator: "nightshift", now: options.now, sourceDir: DEMO_WORKSPACE_DIR });
  // Data sources the demo gains now get their demo secrets; ones an operator may have edited are left alone.
  if (!hadDemoSources) console.log(`[engine] ${await seedDemoConnectivity(database, deployed.projectId)}`);
  return deployed;
}
