import type { Database } from "../../database";

/** A data source row: Content without secrets, secrets sealed (see connectivity/secrets.ts). */
export type DataSourceRecord = {
  id: bigint;
  projectId: bigint;
  name: string;
  description: string;
  dataSourceType: string;
  subType: string;
  envType: number;
  content: string;
  secretsCipher: string;
  secretEnv: string;
  status: number;
  operator: string;
  sourceFile: string;
  lastConnectState: string | null;
  lastTestedAt: bigint | null;
  createdAt: bigint;
  modifiedAt: bigint;
};

/** Data source IDs start here (DataWorks' examples are six-digit numbers). */
const FIRST_DATA_SOURCE_ID = 140_000n;

/** Reserves the next data source ID in the shared id_sequence table (one atomic UPDATE … RETURNING). */
export async function allocateDataSourceId(db: Database): Promise<bigint> {
  await db.prisma.$executeRaw`INSERT INTO "id_sequence" ("name", "next") VALUES ('dataSource', ${FIRST_DATA_SOURCE_ID}) ON CONFLICT ("name") DO NOTHING`;
  const rows = await db.prisma.$queryRaw<{ next: bigint | number }[]>`
    UPDATE "id_sequence" SET "next" = "next" + 1 WHERE "name" = 'dataSource' RETURNING "next"`;
  const next = rows[0]?.next;
  if (next === undefined) throw new Error("allocateDataSourceId: sequence missing");
  return BigInt(next) - 1n;
}

export type NewDataSource = Omit<DataSourceRecord, "lastConnectState" | "lastTestedAt">;

export async function insertDataSource(db: Database, record: NewDataSource): Promise<void> {
  await db.prisma.dataSource.create({ data: record });
}

export async function findDataSource(db: Database, id: bigint): Promise<DataSourceRecord | null> {
  return db.prisma.dataSource.findUnique({ where: { id } });
}

export async function findDataSourceByName(db: Database, key: { projectId: bigint; envType: number; name: string }): Promise<DataSourceRecord | null> {
  return db.prisma.dataSource.findUnique({ where: { projectId_envType_name: key } });
}

export type DataSourceFilter = {
  projectId: bigint;
  name?: string;
  dataSourceType?: string;
  subType?: string;
  status?: number;
  envType?: number;
};

/** A page in DataWorks' order (Sequence descending: newest first) and the total. */
export async function listDataSources(db: Database, filter: DataSourceFilter, page: { number: number; size: number }): Promise<{ rows: DataSourceRecord[]; total: number }> {
  const where = {
    projectId: filter.projectId,
    ...(filter.name === undefined ? {} : { name: { contains: filter.name } }),
    ...(filter.dataSourceType === undefined ? {} : { dataSourceType: filter.dataSourceType }),
    ...(filter.subType === undefined ? {} : { subType: filter.subType }),
    ...(filter.status === undefined ? {} : { status: filter.status }),
    ...(filter.envType === undefined ? {} : { envType: filter.envType }),
  };
  const [rows, total] = await Promise.all([
    db.prisma.dataSource.findMany({ where, orderBy: { id: "desc" }, skip: (page.number - 1) * page.size, take: page.size }),
    db.prisma.dataSource.count({ where }),
  ]);
  return { rows, total };
}

export async function listDataSourcesByIds(db: Database, ids: readonly bigint[]): Promise<DataSourceRecord[]> {
  return db.prisma.dataSource.findMany({ where: { id: { in: [...ids] } } });
}

export async function listProjectDataSources(db: Database, projectId: bigint): Promise<DataSourceRecord[]> {
  return db.prisma.dataSource.findMany({ where: { projectId }, orderBy: { id: "asc" } });
}

export async function updateDataSource(
  db: Database,
  id: bigint,
  changes: Partial<Pick<DataSourceRecord, "description" | "envType" | "content" | "secretsCipher" | "secretEnv" | "operator" | "modifiedAt" | "sourceFile" | "status">>,
): Promise<void> {
  await db.prisma.dataSource.update({ where: { id }, data: changes });
}

export async function recordLastTest(db: Database, id: bigint, state: string, testedAt: number): Promise<void> {
  await db.prisma.dataSource.updateMany({ where: { id }, data: { lastConnectState: state, lastTestedAt: BigInt(testedAt) } });
}

/** Deletes the data source with its bindings; its test history stays (it is history). */
export async function deleteDataSource(db: Database, id: bigint): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    await tx.dataSourceBinding.deleteMany({ where: { dataSourceId: id } });
    const deleted = await tx.dataSource.deleteMany({ where: { id } });
    return deleted.count > 0;
  });
}
