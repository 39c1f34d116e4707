import type { RawSession } from "./raw-sql";

/**
 * Multi-row `INSERT … VALUES (…), (…)` in chunks: how one loads rows fast with a raw driver while
 * staying under the bind-parameter limits (PostgreSQL 65,535; SQLite 32,766).
 */
export async function insertRows(
  session: RawSession,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  rowsPerStatement = Math.max(1, Math.floor(30_000 / columns.length)),
): Promise<void> {
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  let statementFor: { size: number; sql: string } | undefined;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    if (statementFor?.size !== chunk.length) {
      statementFor = { size: chunk.length, sql: `INSERT INTO "${table}" (${columnList}) VALUES ${Array(chunk.length).fill(tuple).join(", ")}` };
    }
    const params: unknown[] = [];
    for (const row of chunk) {
      if (row.length !== columns.length) throw new Error(`insertRows: a row of ${table} has ${row.length} values for ${columns.length} columns`);
      for (const value of row) params.push(value);
    }
    await session.execute(statementFor.sql, params);
  }
}
