import type { Prisma } from "../../../prisma/generated/sqlite/client";
import type { Database, PrismaClient } from "./database";
import type { SqlRunner } from "./driver-sql";

/** The Prisma client handed to an interactive transaction's callback. */
export type Tx = Prisma.TransactionClient;
/** Either the root client or a transaction client: what helpers that may run outside a transaction take. */
export type DbClient = PrismaClient | Tx;

export type WriteTransactionOptions = { timeoutMs?: number; maxWaitMs?: number };

/**
 * Runs `work` in one write transaction. On SQLite a no-op UPDATE takes the write lock first, so a
 * transaction that reads before it writes never fails with SQLITE_BUSY when another connection
 * wrote in between (busy_timeout then waits for the lock instead).
 */
export async function inWriteTransaction<T>(
  database: Pick<Database, "prisma" | "dialect">,
  work: (tx: Tx) => Promise<T>,
  options: WriteTransactionOptions = {},
): Promise<T> {
  return database.prisma.$transaction(
    async (tx) => {
      if (database.dialect === "sqlite") await tx.$executeRaw`UPDATE "engine_meta" SET "value" = "value" WHERE "key" = ''`;
      return work(tx);
    },
    { timeout: options.timeoutMs ?? 60_000, maxWait: options.maxWaitMs ?? 30_000 },
  );
}

export function isRootClient(db: DbClient | SqlRunner): db is PrismaClient {
  return typeof (db as { $transaction?: unknown }).$transaction === "function";
}

/** Splits a list into chunks of at most `size` (keeps statements under the drivers' parameter limits). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Raw results may carry bigint, number or string for integer columns depending on the driver. */
export function toBigInt(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" || typeof value === "string") return BigInt(value);
  throw new TypeError(`expected an integer, got ${typeof value}`);
}

export function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint" || typeof value === "string") return Number(value);
  throw new TypeError(`expected a number, got ${typeof value}`);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}
