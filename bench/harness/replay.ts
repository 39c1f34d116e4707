import type { RawSql } from "./raw-sql";
import type { CapturedStatement } from "./statement-capture";

/**
 * The captured statements of an engine call on one row, re-aimed at another row: every bound value
 * equal to `from` becomes `to`. Instance IDs (11,000,000,000 and up) cannot be mistaken for the
 * other values these statements bind (epoch ms, small integers, DAG IDs of 300,000,000 and up).
 */
export function retarget(statements: readonly CapturedStatement[], from: bigint, to: bigint): CapturedStatement[] {
  const fromText = from.toString();
  return statements.map((statement) => ({
    sql: statement.sql,
    values: statement.values.map((value) => (isSameInteger(value, fromText) ? retype(value, to) : value)),
  }));
}

/**
 * Replays a captured sequence verbatim on one raw connection, the engine's own BEGIN and COMMIT
 * included, so the raw run has the same transaction boundaries as the engine's.
 */
export async function replaySequence(raw: RawSql, statements: readonly CapturedStatement[]): Promise<void> {
  await raw.onOneConnection(async (session) => {
    for (const statement of statements) await session.replay(statement.sql, statement.values);
  });
}

function isSameInteger(value: unknown, text: string): boolean {
  return (typeof value === "bigint" || typeof value === "number" || typeof value === "string") && String(value) === text;
}

/** Keeps the driver-level type of the value (pg sends strings, better-sqlite3 binds bigint or number). */
function retype(original: unknown, to: bigint): unknown {
  if (typeof original === "bigint") return to;
  if (typeof original === "number") return Number(to);
  return to.toString();
}
