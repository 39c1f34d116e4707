import { Prisma } from "../../../prisma/generated/sqlite/client";
import { isTaskProcessAlive, killTaskProcessGroup } from "../runner";
import { isTaskGroupPresent } from "../runner/process-group";
import type { Database } from "../store/database";
import { inWriteTransaction, toBigInt, toNumber, toNullableNumber } from "../store/transaction";
import { endAttempt, type AttemptVerdict } from "./attempt-outcome";
import { isEngineOnThisHost } from "./engine-id";
import type { PendingEvents } from "./pending-events";
import { findProcessGroupsByEnvironment } from "./process-marker";
import { ATTEMPT_MARKER_VARIABLE, attemptMarker } from "./task-spec";

export type RecoverySummary = {
  /** RUNNING instances whose attempt was ended (failed, then retried or left FAILURE). */
  recovered: number;
  /** Of those, how many still had a live process that was killed first. */
  killed: number;
  retried: number;
  failed: number;
  /** Left RUNNING because their process could not be killed; tried again on the next pass. */
  unkillable: number;
  instanceIds: bigint[];
};

export type RecoveryScope = {
  engineId: string;
  now: number;
  staleClaimMs: number;
  /** Own claims: true at start (everything this engine id claimed belongs to a dead process). */
  includeOwnClaims: boolean;
  /** Instances this engine process runs right now; never touched. */
  exclude: ReadonlySet<bigint>;
  killGraceMs?: number;
};

type OrphanRow = {
  id: bigint;
  attempt: number;
  pid: number | null;
  processStart: string | null;
  claimOwner: string | null;
  claimHeartbeat: bigint | null;
};

/**
 * Ends every RUNNING attempt whose engine is gone: this engine's own claims from before a restart
 * (same engine id), and claims whose heartbeat is older than `staleClaimMs` (another engine died).
 * A process still alive on this machine is killed, and waited for, before the attempt is failed,
 * so no instance is ever run by two attempts at once; then the retry policy applies.
 */
export async function recoverOrphanedAttempts(database: Database, scope: RecoveryScope, events: PendingEvents): Promise<RecoverySummary> {
  const summary: RecoverySummary = { recovered: 0, killed: 0, retried: 0, failed: 0, unkillable: 0, instanceIds: [] };
  for (const row of await findOrphans(database, scope)) {
    if (scope.exclude.has(row.id)) continue;
    const isOwn = row.claimOwner === scope.engineId;
    const isLocal = row.claimOwner === null || isEngineOnThisHost(row.claimOwner);
    let processFate: "killed" | "gone" | "elsewhere" = "elsewhere";
    if (isLocal) {
      const killed = await killAttemptProcesses(row, scope.killGraceMs);
      if (killed === "unkillable") {
        summary.unkillable++;
        console.error(`[nightshift] could not kill the process of instance ${row.id} attempt ${row.attempt}; it stays RUNNING`);
        continue;
      }
      processFate = killed;
    }
    const message = describeRecovery(isOwn, row.claimOwner, processFate);
    const verdict: AttemptVerdict = await inWriteTransaction(database, (tx) =>
      endAttempt(
        tx,
        {
          instanceId: row.id,
          attempt: row.attempt,
          claimOwner: row.claimOwner,
          ...(isOwn ? {} : { claimHeartbeat: row.claimHeartbeat }),
          isSuccess: false,
          exitCode: null,
          errorMessage: message,
          allowRetry: true,
          attemptOutcome: "LOST",
          logLine: message,
          now: scope.now,
        },
        events,
      ),
    );
    if (verdict === "superseded") continue;
    summary.recovered++;
    summary.instanceIds.push(row.id);
    if (processFate === "killed") summary.killed++;
    if (verdict === "retrying") summary.retried++;
    if (verdict === "failed") summary.failed++;
  }
  return summary;
}

function describeRecovery(isOwn: boolean, claimOwner: string | null, fate: "killed" | "gone" | "elsewhere"): string {
  const processPart = fate === "killed" ? "its process was killed" : fate === "gone" ? "its process was already gone" : "its process runs on another machine and could not be checked";
  if (isOwn) return `engine restarted while this attempt was running; ${processPart}`;
  return `engine ${claimOwner ?? "(unknown)"} stopped sending heartbeats while this attempt was running; ${processPart}`;
}

/** Kills the attempt's process group (by recorded pid, else by its environment marker) and waits until it is gone. */
async function killAttemptProcesses(row: OrphanRow, killGraceMs?: number): Promise<"killed" | "gone" | "unkillable"> {
  const targets =
    row.pid !== null
      ? isTaskProcessAlive(row.pid, row.processStart) || isTaskGroupPresent(row.pid, row.processStart)
        ? [{ pid: row.pid, processStart: row.processStart ?? "" }]
        : []
      : findProcessGroupsByEnvironment(ATTEMPT_MARKER_VARIABLE, attemptMarker(row.id, row.attempt));
  if (targets.length === 0) return "gone";
  for (const target of targets) {
    await killTaskProcessGroup(target.pid, target.processStart || null, killGraceMs);
    if (isTaskGroupPresent(target.pid, target.processStart || null)) return "unkillable";
  }
  return "killed";
}

async function findOrphans(database: Database, scope: RecoveryScope): Promise<OrphanRow[]> {
  const staleBefore = scope.now - scope.staleClaimMs;
  const ownClaims = scope.includeOwnClaims ? Prisma.sql` OR "claimOwner" = ${scope.engineId}` : Prisma.empty;
  const rows = await database.prisma.$queryRaw<
    { id: unknown; attempt: unknown; pid: unknown; processStart: string | null; claimOwner: string | null; claimHeartbeat: unknown }[]
  >`
    SELECT "id", "attempt", "pid", "processStart", "claimOwner", "claimHeartbeat" FROM "instance"
    WHERE "status" = 'RUNNING'
      AND ("claimOwner" IS NULL OR "claimHeartbeat" IS NULL OR "claimHeartbeat" < ${staleBefore}${ownClaims})
    ORDER BY "id"`;
  return rows
    .map((row) => ({
      id: toBigInt(row.id),
      attempt: toNumber(row.attempt),
      pid: toNullableNumber(row.pid),
      processStart: row.processStart,
      claimOwner: row.claimOwner,
      claimHeartbeat: row.claimHeartbeat === null || row.claimHeartbeat === undefined ? null : toBigInt(row.claimHeartbeat),
    }))
    .filter((row) => scope.includeOwnClaims || row.claimOwner !== scope.engineId);
}
