import type { Database } from "../../database";

export type TestRunRecord = {
  id: number;
  batchId: string;
  kind: string;
  role: string;
  projectId: bigint;
  dataSourceId: bigint;
  resourceGroupId: bigint;
  connectState: string;
  message: string;
  advice: string;
  steps: string;
  operator: string;
  requestId: string;
  startedAt: bigint;
  finishedAt: bigint;
};

export type NewTestRun = Omit<TestRunRecord, "id">;

/** Appends test runs (the history) and stamps each data source's last result, in one transaction. */
export async function insertTestRuns(db: Database, runs: readonly NewTestRun[]): Promise<void> {
  if (runs.length === 0) return;
  await db.prisma.$transaction(async (tx) => {
    await tx.connectivityTestRun.createMany({ data: [...runs] });
    const latest = new Map<bigint, NewTestRun>();
    for (const run of runs) {
      const previous = latest.get(run.dataSourceId);
      if (!previous || previous.finishedAt <= run.finishedAt) latest.set(run.dataSourceId, run);
    }
    for (const [dataSourceId, run] of latest) {
      await tx.dataSource.updateMany({ where: { id: dataSourceId }, data: { lastConnectState: run.connectState, lastTestedAt: run.finishedAt } });
    }
  });
}

export type TestRunFilter = {
  projectId?: bigint;
  dataSourceId?: bigint;
  resourceGroupId?: bigint;
  batchId?: string;
  since?: number;
  /** Only runs with a smaller id (the cursor). */
  beforeId?: number;
};

/** Newest first. */
export async function listTestRuns(db: Database, filter: TestRunFilter, limit: number): Promise<TestRunRecord[]> {
  return db.prisma.connectivityTestRun.findMany({
    where: {
      ...(filter.projectId === undefined ? {} : { projectId: filter.projectId }),
      ...(filter.dataSourceId === undefined ? {} : { dataSourceId: filter.dataSourceId }),
      ...(filter.resourceGroupId === undefined ? {} : { resourceGroupId: filter.resourceGroupId }),
      ...(filter.batchId === undefined ? {} : { batchId: filter.batchId }),
      ...(filter.since === undefined ? {} : { startedAt: { gte: BigInt(filter.since) } }),
      ...(filter.beforeId === undefined ? {} : { id: { lt: filter.beforeId } }),
    },
    orderBy: { id: "desc" },
    take: limit,
  });
}
