import type { Database } from "../store/database";
import { allocateIds } from "../store/ids";
import { inWriteTransaction, type Tx } from "../store/transaction";
import { deployAlerts, raiseLonelyNodeAlert } from "./alerts-deploy";
import { deployBaselines } from "./baselines-deploy";
import type { WorkspaceDefinition } from "./definition";
import { deployConnectivity } from "./datasources-deploy";
import { deployNodes } from "./deploy-nodes";
import { deployResourceGroups } from "./deploy-resource-groups";
import { workspaceDigest } from "./digest";

export { findProjectByIdentifier } from "../store/queries/projects/find-project";

export type DeployOptions = {
  /** Who deployed, recorded in the deployment history. */
  operator: string;
  /** Epoch ms; the time written to created/modified columns and the deployment row. */
  now: number;
  /** The folder deployed from, shown to operators; kept as it was when not given. */
  sourceDir?: string;
};

export type DeployResult = {
  projectId: bigint;
  /** sha256 of the definition's canonical JSON. */
  digest: string;
  nodesAdded: number;
  nodesChanged: number;
  nodesRemoved: number;
  nodesUnchanged: number;
  resourceGroupsChanged: number;
};

/** Serialises deploys across engine processes sharing one PostgreSQL database. */
const DEPLOY_LOCK_KEY = 727_002;
/** A 10,000-node first deploy writes tens of thousands of rows; give it room. */
const DEPLOY_TIMEOUT_MS = 300_000;

/**
 * Upserts a validated workspace into the store in one transaction: the project (by identifier),
 * its resource groups, nodes, edges and outputs, plus a deployment record, even when nothing
 * changed. Instances are not touched: generating them is the runtime's job.
 */
export async function deployWorkspace(db: Database, definition: WorkspaceDefinition, options: DeployOptions): Promise<DeployResult> {
  const digest = workspaceDigest(definition);
  const result = await inWriteTransaction(
    db,
    async (tx) => {
      if (db.dialect === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEPLOY_LOCK_KEY})`;
      const projectId = await upsertProject(tx, definition, options);
      const groups = await deployResourceGroups(tx, projectId, definition.resourceGroups, options.now);
      const nodes = await deployNodes(tx, projectId, definition.nodes, groups.idByIdentifier, options.now);
      await deployBaselines(tx, projectId, definition.baselines ?? [], options.now);
      await deployConnectivity(tx, projectId, definition.connectivity, groups.idByIdentifier, options.now);
      await tx.deployment.create({
        data: {
          projectId,
          operator: options.operator,
          digest,
          nodesAdded: nodes.added,
          nodesChanged: nodes.changed,
          nodesRemoved: nodes.removed,
          at: BigInt(options.now),
        },
      });
      return {
        projectId,
        digest,
        nodesAdded: nodes.added,
        nodesChanged: nodes.changed,
        nodesRemoved: nodes.removed,
        nodesUnchanged: nodes.unchanged,
        resourceGroupsChanged: groups.changed,
      };
    },
    { timeoutMs: DEPLOY_TIMEOUT_MS },
  );
  // After the commit: reminds name baselines deployed above, and alerts are raised in their own transaction.
  await deployAlerts(db, result.projectId, definition.alerts, options.now);
  await raiseLonelyNodeAlert(db, result.projectId, options.now);
  return result;
}

async function upsertProject(tx: Tx, definition: WorkspaceDefinition, options: DeployOptions): Promise<bigint> {
  const fields = {
    name: definition.name,
    description: definition.description,
    timezone: definition.timezone,
    ownerId: definition.owner,
    retryTimes: definition.defaults.autoRerunTimes,
    retryIntervalMs: definition.defaults.autoRerunIntervalMs,
    ...(options.sourceDir !== undefined ? { sourceDir: options.sourceDir } : {}),
  };
  const existing = await tx.project.findUnique({ where: { identifier: definition.identifier } });
  if (!existing) {
    const id = await allocateIds(tx, "project", 1);
    const at = BigInt(options.now);
    await tx.project.create({ data: { id, identifier: definition.identifier, ...fields, createdAt: at, modifiedAt: at } });
    return id;
  }
  const isChanged = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => existing[key] !== fields[key]);
  if (isChanged) await tx.project.update({ where: { id: existing.id }, data: { ...fields, modifiedAt: BigInt(options.now) } });
  return existing.id;
}
