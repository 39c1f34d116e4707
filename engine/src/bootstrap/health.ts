import type { Database } from "../store/database";

export type EngineHealth = {
  engineId: string;
  version: string;
  dialect: string;
  uptimeSeconds: number;
  projects: { id: string; identifier: string; name: string }[];
  instancesByStatus: Record<string, number>;
  runningNow: number;
};

/** What `GET /healthz` reports besides `status: "ok"`; nothing secret. */
export async function readHealth(database: Database, context: { engineId: string; startedAt: number }): Promise<EngineHealth> {
  const { prisma } = database;
  const projects = await prisma.project.findMany({ select: { id: true, identifier: true, name: true }, orderBy: { id: "asc" } });
  const since = BigInt(Date.now() - 36 * 3600_000);
  const byStatus = await prisma.instance.groupBy({
    by: ["status"],
    where: { cycTime: { gte: since } },
    _count: { _all: true },
  });
  const instancesByStatus = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
  return {
    engineId: context.engineId,
    version: "2020-05-18",
    dialect: database.dialect,
    uptimeSeconds: Math.round((Date.now() - context.startedAt) / 1000),
    projects: projects.map((project) => ({ id: project.id.toString(), identifier: project.identifier, name: project.name })),
    instancesByStatus,
    runningNow: instancesByStatus.RUNNING ?? 0,
  };
}
