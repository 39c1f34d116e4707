import path from "node:path";
import { ensureCycleInstances } from "../runtime/generation";
import type { Database } from "../store/database";
import { deployWorkspace } from "../workspace/deploy";
import { seedDemoConnectivity } from "../workspace/datasources-demo";
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
