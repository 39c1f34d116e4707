import type { ResourceGroup } from "../../../model/entities";
import type { Database } from "../../database";
import { toResourceGroupEntity } from "../common/entities";

/** A resource group with its 1-based place in creation order and its project's time zone. */
export type ResourceGroupListing = { group: ResourceGroup; sequence: number; timezone: string };

export type ResourceGroupFilter = {
  projectId?: bigint;
  /** Case-insensitive substring of the name or the identifier. */
  keyword?: string;
  modes?: readonly string[];
};

/**
 * Resource groups in creation order. Groups are few (a handful per workspace), so all are read and
 * filtered here: the sequence stays the same whatever the filter, and the keyword matches the same
 * way on both databases.
 */
export async function listResourceGroups(db: Database, filter: ResourceGroupFilter): Promise<ResourceGroupListing[]> {
  const [rows, projects] = await Promise.all([
    db.prisma.resourceGroup.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.prisma.project.findMany({ select: { id: true, timezone: true } }),
  ]);
  const timezoneByProject = new Map(projects.map((project) => [project.id, project.timezone]));
  const keyword = filter.keyword?.toLowerCase();
  return rows
    .map((row, index) => ({ group: toResourceGroupEntity(row), sequence: index + 1 }))
    .filter(({ group }) => filter.projectId === undefined || group.projectId === filter.projectId)
    .filter(({ group }) => filter.modes === undefined || filter.modes.includes(group.mode))
    .filter(({ group }) => keyword === undefined || group.name.toLowerCase().includes(keyword) || group.identifier.toLowerCase().includes(keyword))
    .map((listing) => ({ ...listing, timezone: timezoneByProject.get(listing.group.projectId) ?? "UTC" }));
}

/** The project's default resource group, or its first one. */
export async function findDefaultResourceGroup(db: Database, projectId: bigint): Promise<ResourceGroup | null> {
  const row = await db.prisma.resourceGroup.findFirst({
    where: { projectId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return row ? toResourceGroupEntity(row) : null;
}
