import { Prisma } from "../../../prisma/generated/sqlite/client";
import { parseTaskType, type TaskType } from "../model/status";
import type { Database } from "../store/database";
import { refreshDagStatus } from "../store/dag-status";
import { appendInstanceLogs, engineLogLine } from "../store/instance-log";
import { releaseChildren } from "../store/instance-state";
import { inWriteTransaction, toBigInt, toNumber, type Tx } from "../store/transaction";
import { cascadeFromSuccesses } from "./cascade";
import type { PendingEvents } from "./pending-events";
import { decideAtDueTime, FROZEN_MESSAGE, type DueDecision } from "./promotion-decision";

export { decideAtDueTime, FROZEN_MESSAGE } from "./promotion-decision";

export type PromotionBudget = { batchSize: number; maxMs: number };
export type PromotionResult = {
  /** Instances that left WAIT_TIME: to WAIT_RESOURCE, or finished at once. */
  promoted: number;
  succeededWithoutRunning: number;
  failedWithoutRunning: number;
  released: number;
  /** The budget ran out while instances were still due. */
  hasMore: boolean;
};

type DueRow = { id: bigint; taskType: TaskType; isVirtual: boolean };

/**
 * Moves due WAIT_TIME instances on, batch by batch, in one transaction until none is due or the
 * budget is spent. What their successes release is settled by cascadeFromSuccesses in the same
 * transaction, so a chain of VIRTUAL nodes finishes without waiting for the next tick.
 */
export async function promoteDueInstances(database: Database, now: number, events: PendingEvents, budget: PromotionBudget): Promise<PromotionResult> {
  return inWriteTransaction(database, async (tx) => {
    const started = performance.now();
    const result: PromotionResult = { promoted: 0, succeededWithoutRunning: 0, failedWithoutRunning: 0, released: 0, hasMore: false };
    const dagIds = new Set<bigint>();
    let frontier: bigint[] = [];
    for (;;) {
      const due = await selectDue(tx, now, budget.batchSize);
      if (due.length === 0 && frontier.length === 0) break;
      const byDecision: Record<DueDecision, DueRow[]> = { runInSlot: [], succeed: [], fail: [] };
      for (const row of due) byDecision[decideAtDueTime(row)].push(row);

      const succeeded = await finishWithoutRunning(tx, byDecision.succeed, "SUCCESS", now);
      const failed = await finishWithoutRunning(tx, byDecision.fail, "FAILURE", now);
      const waiting = await moveToWaitResource(tx, byDecision.runInSlot, now);
      await appendInstanceLogs(tx, [
        ...succeeded.filter((row) => !row.isVirtual).map((row) => ({ instanceId: row.id, attempt: 0, at: now, text: engineLogLine(`${row.taskType} instance: set to success without running`) })),
        ...failed.map((row) => ({ instanceId: row.id, attempt: 0, at: now, text: engineLogLine(FROZEN_MESSAGE) })),
      ]);
      for (const row of succeeded) {
        events.statusChanged(row.id, "WAIT_TIME", "SUCCESS", now);
        events.add("instance:succeeded", { instanceId: row.id, attempt: 0, at: now });
        dagIds.add(row.dagId);
      }
      for (const row of failed) {
        events.statusChanged(row.id, "WAIT_TIME", "FAILURE", now);
        events.add("instance:failed", { instanceId: row.id, attempt: 0, exitCode: null, willRetry: false, at: now });
        dagIds.add(row.dagId);
      }
      for (const id of waiting) events.statusChanged(id, "WAIT_TIME", "WAIT_RESOURCE", now);

      const cascade = await cascadeFromSuccesses(tx, [...succeeded.map((row) => row.id), ...frontier], now, events);
      frontier = cascade.frontier;
      for (const dagId of cascade.dagIds) dagIds.add(dagId);

      result.promoted += succeeded.length + failed.length + waiting.length + cascade.succeeded + cascade.failed + cascade.waitingForResource;
      result.succeededWithoutRunning += succeeded.length + cascade.succeeded;
      result.failedWithoutRunning += failed.length + cascade.failed;
      result.released += cascade.released;
      const mayHaveMore = due.length === budget.batchSize || frontier.length > 0;
      if (!mayHaveMore) break;
      if (performance.now() - started >= budget.maxMs) {
        result.hasMore = true;
        break;
      }
    }
    // Children of successes the cascade did not reach wait in WAIT_TIME for the next pass.
    if (frontier.length > 0) {
      const released = await releaseChildren(tx, frontier, now);
      for (const id of released) events.statusChanged(id, "NOT_RUN", "WAIT_TIME", now);
      result.released += released.length;
    }
    await refreshDagStatus(tx, [...dagIds], now);
    return result;
  });
}

async function selectDue(tx: Tx, now: number, limit: number): Promise<DueRow[]> {
  const rows = await tx.$queryRaw<{ id: unknown; taskType: string; programType: string; fileType: unknown }[]>`
    SELECT i."id", i."taskType", n."programType", n."fileType"
    FROM "instance" i JOIN "node" n ON n."id" = i."nodeId"
    WHERE i."status" = 'WAIT_TIME' AND i."dueTime" <= ${now} AND i."isSuspended" = ${false}
    ORDER BY i."dueTime", i."id"
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: toBigInt(row.id),
    taskType: parseTaskType(row.taskType) ?? "NORMAL",
    isVirtual: row.programType === "VIRTUAL" || toNumber(row.fileType) === 99,
  }));
}

type FinishedRow = DueRow & { dagId: bigint };

async function finishWithoutRunning(tx: Tx, rows: readonly DueRow[], outcome: "SUCCESS" | "FAILURE", now: number): Promise<FinishedRow[]> {
  if (rows.length === 0) return [];
  const errorMessage = outcome === "FAILURE" ? FROZEN_MESSAGE : "";
  const changed = await tx.$queryRaw<{ id: unknown; dagId: unknown }[]>`
    UPDATE "instance" SET "status" = ${outcome}, "beginRunningTime" = ${now}, "finishTime" = ${now}, "modifyTime" = ${now},
      "errorMessage" = ${errorMessage}, "exitCode" = NULL
    WHERE "id" IN (${Prisma.join(rows.map((row) => row.id))}) AND "status" = 'WAIT_TIME'
    RETURNING "id", "dagId"`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return changed.flatMap((row) => {
    const due = byId.get(toBigInt(row.id));
    return due ? [{ ...due, dagId: toBigInt(row.dagId) }] : [];
  });
}

async function moveToWaitResource(tx: Tx, rows: readonly DueRow[], now: number): Promise<bigint[]> {
  if (rows.length === 0) return [];
  const changed = await tx.$queryRaw<{ id: unknown }[]>`
    UPDATE "instance" SET "status" = 'WAIT_RESOURCE', "beginWaitResTime" = ${now}, "modifyTime" = ${now}
    WHERE "id" IN (${Prisma.join(rows.map((row) => row.id))}) AND "status" = 'WAIT_TIME'
    RETURNING "id"`;
  return changed.map((row) => toBigInt(row.id));
}
