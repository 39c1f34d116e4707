import { Prisma } from "../../../prisma/generated/sqlite/client";
import { localDateOf } from "../schedule/calendar";
import type { Database } from "../store/database";
import { refreshDagStatus } from "../store/dag-status";
import type { SqlRunner } from "../store/driver-sql";
import { toBigInt, toNumber } from "../store/transaction";
import type { PendingEvents } from "./pending-events";

/** Everything needed to start one claimed attempt. */
export type ClaimedAttempt = {
  instanceId: bigint;
  attempt: number;
  projectId: bigint;
  nodeId: bigint;
  nodeName: string;
  programType: string;
  command: string;
  timeoutSeconds: number;
  paramValues: string;
  /** "YYYY-MM-DD" in the project's time zone. */
  bizdate: string;
  cycTime: number;
  timezone: string;
};

/**
 * Claims WAIT_RESOURCE instances within the free slots of each resource group, highest priority
 * first, then earliest due, then lowest id. A claim sets RUNNING, counts the attempt, records the
 * owner and inserts the attempt row, all in one transaction per group (on the driver itself: this
 * is the scheduler's hottest write, see docs/BENCHMARKS.md). On PostgreSQL the group row
 * is locked (FOR UPDATE) so engines claiming in the same group queue up and never exceed its slots;
 * SKIP LOCKED passes over instances another transaction (an operator) holds.
 */
export async function claimReadyInstances(database: Database, engineId: string, now: () => number, events: PendingEvents): Promise<ClaimedAttempt[]> {
  // One index probe per group ((status, resourceGroupId, …)) rather than reading every waiting row.
  const groups = await database.readRows(Prisma.sql`
    SELECT g."id" AS "resourceGroupId" FROM "resource_group" g
    WHERE EXISTS (SELECT 1 FROM "instance" i WHERE i."status" = 'WAIT_RESOURCE' AND i."resourceGroupId" = g."id" AND i."isSuspended" = ${false})`);
  const claimed: ClaimedAttempt[] = [];
  for (const group of groups) {
    const resourceGroupId = toBigInt(group.resourceGroupId);
    const attempts = await database.inDriverTransaction((tx) => claimInGroup(tx, database.dialect === "postgresql", resourceGroupId, engineId, now, events));
    claimed.push(...attempts);
  }
  return claimed;
}

async function claimInGroup(tx: SqlRunner, isPostgres: boolean, resourceGroupId: bigint, engineId: string, clockNow: () => number, events: PendingEvents): Promise<ClaimedAttempt[]> {
  const lockGroup = Prisma.raw(isPostgres ? " FOR UPDATE" : "");
  const [group] = await tx.$queryRaw<{ slots: unknown }[]>`SELECT "slots" FROM "resource_group" WHERE "id" = ${resourceGroupId}${lockGroup}`;
  // A group that does not exist has no slots: its instances stay visibly in WAIT_RESOURCE.
  const slots = group ? toNumber(group.slots) : 0;
  const [running] = await tx.$queryRaw<{ count: unknown }[]>`
    SELECT COUNT(*) AS "count" FROM "instance" WHERE "status" = 'RUNNING' AND "resourceGroupId" = ${resourceGroupId}`;
  const free = slots - toNumber(running?.count ?? 0);
  if (free <= 0) return [];
  // Read after the group lock and the count, so an attempt never appears to start before the
  // attempt whose finish freed its slot ended (attempt rows then show true concurrency).
  const now = clockNow();
  const skipLocked = Prisma.raw(isPostgres ? " FOR UPDATE SKIP LOCKED" : "");
  const candidates = await tx.$queryRaw<{ id: unknown }[]>`
    SELECT "id" FROM "instance"
    WHERE "status" = 'WAIT_RESOURCE' AND "resourceGroupId" = ${resourceGroupId} AND "isSuspended" = ${false}
    ORDER BY "priority" DESC, "dueTime" ASC, "id" ASC
    LIMIT ${free}${skipLocked}`;
  if (candidates.length === 0) return [];
  const ids = candidates.map((row) => toBigInt(row.id));
  const changed = await tx.$queryRaw<{ id: unknown; attempt: unknown; dagId: unknown }[]>`
    UPDATE "instance" SET "status" = 'RUNNING', "attempt" = "attempt" + 1, "claimOwner" = ${engineId}, "claimHeartbeat" = ${now},
      "beginRunningTime" = ${now}, "modifyTime" = ${now}, "finishTime" = NULL, "exitCode" = NULL, "errorMessage" = '',
      "pid" = NULL, "processStart" = NULL
    WHERE "id" IN (${Prisma.join(ids)}) AND "status" = 'WAIT_RESOURCE' AND "isSuspended" = ${false}
    RETURNING "id", "attempt", "dagId"`;
  if (changed.length === 0) return [];
  const attempts = changed.map((row) => ({ instanceId: toBigInt(row.id), attempt: toNumber(row.attempt), dagId: toBigInt(row.dagId) }));
  // The unique (instanceId, attempt) makes a second claimant of the same attempt fail here.
  await tx.$executeRaw`
    INSERT INTO "attempt" ("instanceId", "attempt", "engineId", "startedAt")
    VALUES ${Prisma.join(attempts.map((attempt) => Prisma.sql`(${attempt.instanceId}, ${attempt.attempt}, ${engineId}, ${now})`))}`;
  await refreshDagStatus(tx, attempts.map((attempt) => attempt.dagId), now);
  for (const attempt of attempts) events.statusChanged(attempt.instanceId, "WAIT_RESOURCE", "RUNNING", now);
  const details = await loadExecutionDetails(tx, attempts);
  const order = new Map(ids.map((id, index) => [id, index]));
  return details.sort((a, b) => (order.get(a.instanceId) ?? 0) - (order.get(b.instanceId) ?? 0));
}

async function loadExecutionDetails(tx: SqlRunner, attempts: { instanceId: bigint; attempt: number }[]): Promise<ClaimedAttempt[]> {
  const rows = await tx.$queryRaw<
    {
      id: unknown;
      projectId: unknown;
      nodeId: unknown;
      name: string;
      programType: string;
      command: string;
      timeoutSeconds: unknown;
      paramValues: string;
      bizdate: unknown;
      cycTime: unknown;
      timezone: string;
    }[]
  >`
    SELECT i."id", i."projectId", i."nodeId", n."name", n."programType", n."command", n."timeoutSeconds", i."paramValues",
      i."bizdate", i."cycTime", p."timezone"
    FROM "instance" i JOIN "node" n ON n."id" = i."nodeId" JOIN "project" p ON p."id" = i."projectId"
    WHERE i."id" IN (${Prisma.join(attempts.map((attempt) => attempt.instanceId))})`;
  const attemptOf = new Map(attempts.map((attempt) => [attempt.instanceId, attempt.attempt]));
  return rows.map((row) => {
    const instanceId = toBigInt(row.id);
    return {
      instanceId,
      attempt: attemptOf.get(instanceId) ?? 0,
      projectId: toBigInt(row.projectId),
      nodeId: toBigInt(row.nodeId),
      nodeName: row.name,
      programType: row.programType,
      command: row.command,
      timeoutSeconds: toNumber(row.timeoutSeconds),
      paramValues: row.paramValues,
      bizdate: localDateOf(toNumber(row.bizdate), row.timezone),
      cycTime: toNumber(row.cycTime),
      timezone: row.timezone,
    };
  });
}
