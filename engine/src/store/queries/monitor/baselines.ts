import { BASELINE_TYPES, type BaselineConfig, type BaselineType } from "../../../monitor/baselines/baseline-config";
import type { Database } from "../../database";
import type { DbClient } from "../../transaction";
import { toBigIntValue, toBooleanValue, toNumberValue, toStringValue } from "../common/raw-values";

type Row = Record<string, unknown>;

export function toBaselineConfig(row: Row): BaselineConfig {
  const type = toStringValue(row.baselineType);
  let slaDetail: Record<string, string> = {};
  try {
    slaDetail = JSON.parse(toStringValue(row.slaDetail)) as Record<string, string>;
  } catch {
    slaDetail = {};
  }
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    name: toStringValue(row.name),
    owners: toStringValue(row.owner).split(",").filter(Boolean),
    priority: toNumberValue(row.priority),
    baselineType: (BASELINE_TYPES as readonly string[]).includes(type) ? (type as BaselineType) : "DAILY",
    isDefault: toBooleanValue(row.isDefault),
    useFlag: toBooleanValue(row.useFlag),
    slaDetail,
    alertMarginMinutes: toNumberValue(row.alertMarginMinutes),
    sourceFile: toStringValue(row.sourceFile),
    sourceLine: toNumberValue(row.sourceLine),
  };
}

export async function findBaselineById(db: Database, baselineId: bigint): Promise<BaselineConfig | null> {
  const row = await db.prisma.baseline.findFirst({ where: { id: baselineId, isDeleted: false } });
  return row ? toBaselineConfig(row) : null;
}

export async function findBaselinesByIds(db: Database, ids: readonly bigint[]): Promise<Map<bigint, BaselineConfig>> {
  const rows = ids.length === 0 ? [] : await db.prisma.baseline.findMany({ where: { id: { in: [...ids] } } });
  return new Map(rows.map((row) => [row.id, toBaselineConfig(row)]));
}

/** Enabled, not deleted baselines of every workspace (what the monitor keeps current). */
export async function listEnabledBaselines(db: Database): Promise<BaselineConfig[]> {
  const rows = await db.prisma.baseline.findMany({ where: { isDeleted: false, useFlag: true }, orderBy: { id: "asc" } });
  return rows.map(toBaselineConfig);
}

export type BaselineListFilter = {
  projectId: bigint;
  owner?: string;
  priorities?: number[];
  useFlag?: boolean;
  types?: BaselineType[];
  searchText?: string;
};

/** One page of a workspace's baselines (ID order), with the total; the owner matches any of the owners. */
export async function listBaselines(db: Database, filter: BaselineListFilter, page: { number: number; size: number }): Promise<{ total: number; baselines: BaselineConfig[] }> {
  const rows = await db.prisma.baseline.findMany({
    where: {
      projectId: filter.projectId,
      isDeleted: false,
      ...(filter.priorities ? { priority: { in: filter.priorities } } : {}),
      ...(filter.useFlag !== undefined ? { useFlag: filter.useFlag } : {}),
      ...(filter.types ? { baselineType: { in: filter.types } } : {}),
      ...(filter.searchText ? { name: { contains: filter.searchText } } : {}),
    },
    orderBy: { id: "asc" },
  });
  const matching = rows.map(toBaselineConfig).filter((baseline) => filter.owner === undefined || baseline.owners.includes(filter.owner));
  const start = (page.number - 1) * page.size;
  return { total: matching.length, baselines: matching.slice(start, start + page.size) };
}

/** The nodes of a baseline (not deleted), in ID order. */
export async function listBaselineNodes(db: DbClient | Database, baselineId: bigint): Promise<{ id: bigint; name: string; ownerId: string; projectId: bigint }[]> {
  const client = "prisma" in db ? db.prisma : db;
  const rows = await client.node.findMany({ where: { baselineId, isDeleted: false }, select: { id: true, name: true, ownerId: true, projectId: true }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ id: row.id, name: row.name, ownerId: row.ownerId, projectId: row.projectId }));
}

/** Allocates IDs for new baselines from the shared id_sequence table, in their own range. */
export async function allocateBaselineIds(db: Pick<DbClient, "$queryRaw" | "$executeRaw">, count: number): Promise<bigint> {
  const start = 600_000n;
  await db.$executeRaw`INSERT INTO "id_sequence" ("name", "next") VALUES (${"baseline"}, ${start}) ON CONFLICT ("name") DO NOTHING`;
  const rows = await db.$queryRaw<{ next: bigint | number }[]>`
    UPDATE "id_sequence" SET "next" = "next" + ${count} WHERE "name" = ${"baseline"} RETURNING "next"`;
  const next = rows[0]?.next;
  if (next === undefined) throw new Error("allocateBaselineIds: sequence missing");
  return BigInt(next) - BigInt(count);
}
