import type { Database } from "../../database";

export type BindingStatus = "CREATING" | "ACTIVE" | "FAILED";

export type BindingRecord = {
  id: number;
  dataSourceId: bigint;
  resourceGroupId: bigint;
  status: string;
  progress: number;
  message: string;
  operator: string;
  createdAt: bigint;
  modifiedAt: bigint;
};

/** Starts (or restarts) a binding in CREATING with progress 0. */
export async function startBinding(db: Database, key: { dataSourceId: bigint; resourceGroupId: bigint }, operator: string, now: number): Promise<BindingRecord> {
  return db.prisma.dataSourceBinding.upsert({
    where: { dataSourceId_resourceGroupId: key },
    create: { ...key, status: "CREATING", progress: 0, message: "", operator, createdAt: BigInt(now), modifiedAt: BigInt(now) },
    update: { status: "CREATING", progress: 0, message: "", operator, modifiedAt: BigInt(now) },
  });
}

export async function updateBinding(db: Database, id: number, changes: { status?: BindingStatus; progress?: number; message?: string }, now: number): Promise<void> {
  await db.prisma.dataSourceBinding.updateMany({ where: { id }, data: { ...changes, modifiedAt: BigInt(now) } });
}

export async function listBindings(db: Database, filter: { dataSourceIds?: readonly bigint[]; resourceGroupId?: bigint }): Promise<BindingRecord[]> {
  return db.prisma.dataSourceBinding.findMany({
    where: {
      ...(filter.dataSourceIds === undefined ? {} : { dataSourceId: { in: [...filter.dataSourceIds] } }),
      ...(filter.resourceGroupId === undefined ? {} : { resourceGroupId: filter.resourceGroupId }),
    },
    orderBy: [{ dataSourceId: "asc" }, { resourceGroupId: "asc" }],
  });
}

export async function deleteBinding(db: Database, key: { dataSourceId: bigint; resourceGroupId: bigint }): Promise<boolean> {
  const deleted = await db.prisma.dataSourceBinding.deleteMany({ where: key });
  return deleted.count > 0;
}
