import { insertRows } from "../harness/bulk-insert";
import type { BenchDatabase } from "../harness/databases";
import { snapshotTable, type TableSnapshot } from "./instance-tables";

export type DaySnapshot = { instances: TableSnapshot; dags: TableSnapshot };

/** The instance and DAG rows as generated, to run the same day again from the same start. */
export async function snapshotDay(database: BenchDatabase): Promise<DaySnapshot> {
  return { instances: await snapshotTable(database, "instance", `"id"`), dags: await snapshotTable(database, "dag", `"id"`) };
}

/**
 * Puts the instances and DAGs back as they were generated (the instance edges never change) and
 * refreshes PostgreSQL's statistics, so every run plans its queries on the same data.
 */
export async function restoreDay(database: BenchDatabase, snapshot: DaySnapshot): Promise<void> {
  if (database.store === "postgresql") {
    await database.raw.execute(`TRUNCATE "instance", "dag", "attempt", "instance_log"`);
  } else {
    for (const table of ["instance", "dag", "attempt", "instance_log"]) await database.raw.execute(`DELETE FROM "${table}"`);
  }
  await database.raw.transaction(async (session) => {
    await insertRows(session, "dag", snapshot.dags.columns, snapshot.dags.rows);
    await insertRows(session, "instance", snapshot.instances.columns, snapshot.instances.rows);
  });
  await database.raw.execute("ANALYZE");
}
