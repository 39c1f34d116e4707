import type { RawSql } from "../harness/raw-sql";

export type BareLoopResult = { completed: number; statements: number; transactions: number };

/**
 * The reference for the scheduler's transitions: a plain loop with the raw driver on the same
 * tables. Each turn is one transaction that claims up to `batchSize` due WAIT_TIME rows (SKIP
 * LOCKED on PostgreSQL), completes them, decrements their children's pending-parent counts and
 * releases the children that reach zero. It stops when nothing is due.
 */
export async function runBareTransitionLoop(raw: RawSql, input: { now: number; batchSize: number }): Promise<BareLoopResult> {
  const lockClause = raw.store === "postgresql" ? " FOR UPDATE SKIP LOCKED" : "";
  const result: BareLoopResult = { completed: 0, statements: 0, transactions: 0 };
  for (;;) {
    const completed = await raw.transaction(async (session) => {
      const due = await session.query<{ id: unknown }>(
        `SELECT "id" FROM "instance" WHERE "status" = 'WAIT_TIME' AND "dueTime" <= ? AND "isSuspended" = ? ORDER BY "dueTime", "id" LIMIT ?${lockClause}`,
        [input.now, false, input.batchSize]);
      result.statements += 1;
      if (due.length === 0) return 0;
      const ids = due.map((row) => row.id);
      const list = ids.map(() => "?").join(", ");
      await session.execute(
        `UPDATE "instance" SET "status" = 'SUCCESS', "beginRunningTime" = ?, "finishTime" = ?, "modifyTime" = ? WHERE "id" IN (${list})`,
        [input.now, input.now, input.now, ...ids]);
      await session.execute(
        `UPDATE "instance" SET "pendingParents" = "pendingParents" - (
           SELECT COUNT(*) FROM "instance_edge" e WHERE e."childId" = "instance"."id" AND e."parentId" IN (${list})), "modifyTime" = ?
         WHERE "status" = 'NOT_RUN' AND "id" IN (SELECT "childId" FROM "instance_edge" WHERE "parentId" IN (${list}))`,
        [...ids, input.now, ...ids]);
      await session.execute(
        `UPDATE "instance" SET "status" = 'WAIT_TIME', "beginWaitTimeTime" = ?, "modifyTime" = ?
         WHERE "status" = 'NOT_RUN' AND "pendingParents" = 0 AND "id" IN (SELECT "childId" FROM "instance_edge" WHERE "parentId" IN (${list}))`,
        [input.now, input.now, ...ids]);
      result.statements += 3;
      return ids.length;
    });
    result.transactions += 1;
    if (completed === 0) return result;
    result.completed += completed;
  }
}
