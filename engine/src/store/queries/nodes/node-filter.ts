import { allOf, containsPattern, sql, type Sql } from "../common/sql";

/** The node attributes ListNodes and ListInstances filter on (all optional, combined with AND). */
export type NodeFilter = {
  projectId: bigint;
  /** Case-insensitive substring of the node name. */
  nameContains?: string;
  ownerId?: string;
  programType?: string;
  businessName?: string;
  includeDeleted?: boolean;
};

export function nodeFilterCondition(filter: NodeFilter): Sql {
  const conditions: Sql[] = [sql`"projectId" = ${filter.projectId}`];
  if (!filter.includeDeleted) conditions.push(sql`"isDeleted" = ${false}`);
  if (filter.nameContains !== undefined) {
    conditions.push(sql`LOWER("name") LIKE ${containsPattern(filter.nameContains.toLowerCase())} ESCAPE '\\'`);
  }
  if (filter.ownerId !== undefined) conditions.push(sql`"ownerId" = ${filter.ownerId}`);
  if (filter.programType !== undefined) conditions.push(sql`"programType" = ${filter.programType}`);
  if (filter.businessName !== undefined) conditions.push(sql`"businessName" = ${filter.businessName}`);
  return allOf(conditions);
}
