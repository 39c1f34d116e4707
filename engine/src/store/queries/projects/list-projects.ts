import type { Project } from "../../../model/entities";
import type { Database } from "../../database";
import { toProjectEntity } from "../common/entities";

export type ProjectPage = { projects: Project[]; totalCount: number };

/** Projects in ID order (the order they were created in), one page. */
export async function listProjects(db: Database, page: { offset: number; limit: number }): Promise<ProjectPage> {
  const [rows, totalCount] = await Promise.all([
    db.prisma.project.findMany({ orderBy: { id: "asc" }, skip: page.offset, take: page.limit }),
    db.prisma.project.count(),
  ]);
  return { projects: rows.map(toProjectEntity), totalCount };
}

/** The ID of the first project created: GetProject's `IsDefault` marks it. */
export async function findFirstProjectId(db: Database): Promise<bigint | null> {
  const row = await db.prisma.project.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  return row?.id ?? null;
}
