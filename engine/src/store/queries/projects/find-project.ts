import type { Project } from "../../../model/entities";
import type { Database } from "../../database";
import { toProjectEntity } from "../common/entities";

export async function findProjectById(db: Database, projectId: bigint): Promise<Project | null> {
  const row = await db.prisma.project.findUnique({ where: { id: projectId } });
  return row ? toProjectEntity(row) : null;
}

/** `ProjectIdentifier` / `ProjectName` in DataWorks parameters: the workspace's English name. */
export async function findProjectByIdentifier(db: Database, identifier: string): Promise<Project | null> {
  const row = await db.prisma.project.findUnique({ where: { identifier } });
  return row ? toProjectEntity(row) : null;
}
