import type { Database } from "../../database";

/** Resource group names by ID (for `ResGroupName`). */
export async function findResourceGroupNames(db: Database, groupIds: readonly bigint[]): Promise<Map<bigint, string>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db.prisma.resourceGroup.findMany({ where: { id: { in: [...new Set(groupIds)] } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}
