import { allocateIds } from "../store/ids";
import type { Tx } from "../store/transaction";
import type { ResourceGroupDefinition } from "./definition";
import { WorkspaceValidationError } from "./errors";

export type ResourceGroupsDeployed = {
  idByIdentifier: ReadonlyMap<string, bigint>;
  /** Created, updated or deleted. */
  changed: number;
};

/**
 * Upserts the workspace's resource groups by identifier. A group dropped from the workspace is
 * deleted only when no node (deleted ones included) and no instance refers to it; otherwise it
 * stays, no longer the default, so that history keeps its meaning.
 */
export async function deployResourceGroups(
  tx: Tx,
  projectId: bigint,
  groups: readonly ResourceGroupDefinition[],
  now: number,
): Promise<ResourceGroupsDeployed> {
  await refuseGroupsOfOtherProjects(tx, projectId, groups);
  const owned = await tx.resourceGroup.findMany({ where: { projectId } });
  const ownedByIdentifier = new Map(owned.map((row) => [row.identifier, row]));
  const idByIdentifier = new Map<string, bigint>();
  let changed = 0;

  const created = groups.filter((group) => !ownedByIdentifier.has(group.identifier));
  if (created.length > 0) {
    const firstId = await allocateIds(tx, "resourceGroup", created.length);
    const rows = created.map((group, offset) => ({
      id: firstId + BigInt(offset),
      projectId,
      identifier: group.identifier,
      name: group.name,
      slots: group.slots,
      isDefault: group.isDefault,
      createdAt: BigInt(now),
      modifiedAt: BigInt(now),
    }));
    await tx.resourceGroup.createMany({ data: rows });
    for (const row of rows) idByIdentifier.set(row.identifier, row.id);
    changed += rows.length;
  }

  for (const group of groups) {
    const row = ownedByIdentifier.get(group.identifier);
    if (!row) continue;
    idByIdentifier.set(group.identifier, row.id);
    if (row.name === group.name && row.slots === group.slots && row.isDefault === group.isDefault) continue;
    await tx.resourceGroup.update({
      where: { id: row.id },
      data: { name: group.name, slots: group.slots, isDefault: group.isDefault, modifiedAt: BigInt(now) },
    });
    changed += 1;
  }

  const declared = new Set(groups.map((group) => group.identifier));
  for (const row of owned.filter((candidate) => !declared.has(candidate.identifier))) {
    const isReferenced =
      (await tx.node.count({ where: { resourceGroupId: row.id } })) > 0 ||
      (await tx.instance.count({ where: { resourceGroupId: row.id } })) > 0;
    if (!isReferenced) {
      await tx.resourceGroup.delete({ where: { id: row.id } });
      changed += 1;
    } else if (row.isDefault) {
      await tx.resourceGroup.update({ where: { id: row.id }, data: { isDefault: false, modifiedAt: BigInt(now) } });
      changed += 1;
    }
  }
  return { idByIdentifier, changed };
}

/** Resource group identifiers are unique across the whole engine (one table, one unique key). */
async function refuseGroupsOfOtherProjects(tx: Tx, projectId: bigint, groups: readonly ResourceGroupDefinition[]): Promise<void> {
  const claimed = await tx.resourceGroup.findMany({
    where: { identifier: { in: groups.map((group) => group.identifier) }, projectId: { not: projectId } },
  });
  if (claimed.length === 0) return;
  const projectIds = [...new Set(claimed.map((row) => row.projectId))];
  const projects = await tx.project.findMany({ where: { id: { in: projectIds } } });
  const identifierOfProject = new Map(projects.map((project) => [project.id, project.identifier]));
  const claimedBy = new Map(claimed.map((row) => [row.identifier, identifierOfProject.get(row.projectId) ?? String(row.projectId)]));
  throw new WorkspaceValidationError(
    groups.flatMap((group, index) => {
      const owner = claimedBy.get(group.identifier);
      if (owner === undefined) return [];
      return [{ file: group.file, line: group.line, field: `resourceGroups[${index}].identifier`, message: `resource group "${group.identifier}" already belongs to workspace "${owner}"; choose another identifier` }];
    }),
  );
}
