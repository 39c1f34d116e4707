import type { BenchDatabase } from "../harness/databases";
import type { Row } from "../harness/raw-sql";

/**
 * Empties the generated state (DAGs, instances, their edges and the generation markers) so the
 * next run starts from the same place; the nodes stay. TRUNCATE on PostgreSQL leaves no dead
 * tuples behind that would slow the next run.
 */
export async function clearGeneratedState(database: BenchDatabase): Promise<void> {
  if (database.store === "postgresql") {
    await database.raw.execute(`TRUNCATE "instance", "instance_edge", "dag", "attempt", "instance_log", "operation"`);
  } else {
    for (const table of ["instance_edge", "instance", "dag", "attempt", "instance_log", "operation"]) {
      await database.raw.execute(`DELETE FROM "${table}"`);
    }
  }
  await database.raw.execute(`DELETE FROM "engine_meta" WHERE "key" LIKE 'generation:%'`);
}

export type TableSnapshot = { columns: string[]; rows: unknown[][] };

/** Every row of a table as value arrays, to insert the very same rows again with the raw driver. */
export async function snapshotTable(database: BenchDatabase, table: string, orderBy: string): Promise<TableSnapshot> {
  const rows = await database.raw.query<Row>(`SELECT * FROM "${table}" ORDER BY ${orderBy}`);
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  return { columns, rows: rows.map((row) => columns.map((column) => row[column])) };
}
