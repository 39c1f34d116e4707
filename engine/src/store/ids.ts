import type { PrismaClient } from "./database";

/** Kinds of 64-bit identifiers, each with its own range so that IDs read like DataWorks' own. */
export const ID_KINDS = {
  project: 10_000n,
  resourceGroup: 20_000n,
  node: 700_000_000n,
  nodeOutput: 800_000_000n,
  dag: 300_000_000n,
  instance: 11_000_000_000n,
} as const;
export type IdKind = keyof typeof ID_KINDS;

type Transaction = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/**
 * Reserves `count` consecutive IDs of a kind and returns the first. One atomic UPDATE … RETURNING,
 * so several engine processes on one database never hand out the same ID.
 */
export async function allocateIds(db: Transaction, kind: IdKind, count: number): Promise<bigint> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`allocateIds: count must be a positive integer, got ${count}`);
  const start = ID_KINDS[kind];
  await db.$executeRaw`INSERT INTO "id_sequence" ("name", "next") VALUES (${kind}, ${start}) ON CONFLICT ("name") DO NOTHING`;
  const rows = await db.$queryRaw<{ next: bigint | number }[]>`
    UPDATE "id_sequence" SET "next" = "next" + ${count} WHERE "name" = ${kind} RETURNING "next"`;
  const next = rows[0]?.next;
  if (next === undefined) throw new Error(`allocateIds: sequence ${kind} missing`);
  return BigInt(next) - BigInt(count);
}
