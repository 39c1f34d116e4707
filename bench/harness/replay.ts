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
export async function replaySequence(raw: RawSql, statements: readonly CapturedStatement[], timings?: StatementTimings): Promise<void> {
  await raw.onOneConnection(async (session) => {
    for (const [index, statement] of statements.entries()) {
      const startedAt = performance.now();
      await session.replay(statement.sql, statement.values);
      timings?.add(index, performance.now() - startedAt);
    }
  });
}

/** Time spent in each statement of a replayed sequence, summed over the replays: which statement costs. */
export class StatementTimings {
  private readonly totals: number[] = [];
  private replays = 0;

  add(index: number, ms: number): void {
    this.totals[index] = (this.totals[index] ?? 0) + ms;
    if (index === 0) this.replays += 1;
  }

  /** Mean ms per statement index, most expensive first. */
  ranked(): { index: number; meanMs: number }[] {
    return this.totals
      .map((total, index) => ({ index, meanMs: total / Math.max(1, this.replays) }))
      .sort((a, b) => b.meanMs - a.meanMs);
  }
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
