import type { Database } from "../../database";

export type ProgramTypeCount = { programType: string; count: number };

/** Deployed nodes of a project per program type, most first (ties by name). */
export async function countNodesByProgramType(db: Database, projectId: bigint): Promise<ProgramTypeCount[]> {
  const groups = await db.prisma.node.groupBy({
    by: ["programType"],
    where: { projectId, isDeleted: false },
    _count: { _all: true },
  });
  return groups
    .map((group) => ({ programType: group.programType, count: group._count._all }))
    .sort((left, right) => right.count - left.count || left.programType.localeCompare(right.programType));
}
