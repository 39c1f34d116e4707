import crypto from "node:crypto";
import { EngineError } from "../../model/errors";
import { EventBus } from "../../model/events";
import type { InstanceStatus, TaskType } from "../../model/status";
import type { Database } from "../../store/database";
import { allocateIds } from "../../store/ids";
import type { OperationContext } from "./context";

/** Test fixtures for the operations: rows written with Prisma directly, no engine code involved. */

export const FIXTURE_NOW = Date.UTC(2026, 2, 10, 4, 0, 0);

export function operationContext(db: Database, overrides: Partial<OperationContext> = {}): OperationContext {
  return {
    db,
    events: new EventBus(),
    operator: "alice",
    reason: "on-call check",
    requestId: crypto.randomUUID(),
    now: FIXTURE_NOW,
    ...overrides,
  };
}

export async function seedDag(
  db: Database,
  projectId: bigint,
  options: { type?: "DAILY" | "SUPPLY_DATA" | "MANUAL" | "SMOKE_TEST"; bizdate?: number } = {},
): Promise<bigint> {
  const id = await allocateIds(db.prisma, "dag", 1);
  await db.prisma.dag.create({
    data: {
      id,
      projectId,
      type: options.type ?? "DAILY",
      name: `dag_${id}`,
      status: "RUNNING",
      bizdate: BigInt(options.bizdate ?? 0),
      createUser: "system",
      createTime: 0n,
      modifyTime: 0n,
    },
  });
  return id;
}

export type SeedInstance = {
  projectId: bigint;
  nodeId: bigint;
  dagId: bigint;
  status: InstanceStatus;
  isSuspended?: boolean;
  taskType?: TaskType;
  dagType?: string;
  bizdate?: number;
  pendingParents?: number;
  rerunsLeft?: number | null;
  attempt?: number;
  cycTime?: number;
};

export async function seedInstance(db: Database, seed: SeedInstance): Promise<bigint> {
  const id = await allocateIds(db.prisma, "instance", 1);
  const resourceGroup = await db.prisma.resourceGroup.findFirstOrThrow({ where: { projectId: seed.projectId } });
  const isRunning = ["RUNNING", "CHECKING", "CHECKING_CONDITION"].includes(seed.status);
  const isFinished = seed.status === "SUCCESS" || seed.status === "FAILURE";
  await db.prisma.instance.create({
    data: {
      id,
      projectId: seed.projectId,
      nodeId: seed.nodeId,
      dagId: seed.dagId,
      dagType: seed.dagType ?? "DAILY",
      bizdate: BigInt(seed.bizdate ?? 0),
      cycTime: BigInt(seed.cycTime ?? Number(id)),
      dueTime: 1_000n,
      status: seed.status,
      taskType: seed.taskType ?? "NORMAL",
      priority: 1,
      resourceGroupId: resourceGroup.id,
      pendingParents: seed.pendingParents ?? 0,
      isSuspended: seed.isSuspended ?? false,
      rerunsLeft: seed.rerunsLeft === undefined ? 2 : seed.rerunsLeft,
      attempt: seed.attempt ?? (isRunning || isFinished ? 1 : 0),
      exitCode: seed.status === "FAILURE" ? 1 : null,
      errorMessage: seed.status === "FAILURE" ? "exit code 1" : "",
      createTime: 500n,
      modifyTime: 500n,
      beginRunningTime: isRunning || isFinished ? 900n : null,
      finishTime: isFinished ? 950n : null,
      claimOwner: isRunning ? "engine-1" : null,
      pid: isRunning ? 4242 : null,
    },
  });
  return id;
}

export async function linkInstances(db: Database, parentId: bigint, childId: bigint): Promise<void> {
  await db.prisma.instanceEdge.create({ data: { parentId, childId } });
}

export function auditRows(db: Database) {
  return db.prisma.operation.findMany({ orderBy: { id: "asc" } });
}

/** The EngineError a refused operation threw (fails the test if it did not throw one). */
export async function refusalOf(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("expected the operation to be refused");
}

/** An operation's outcome, or its refusal as `REFUSED` with the error's code, message and status. */
export async function outcomeOf(
  promise: Promise<{ result: string }>,
): Promise<{ result: string; code?: string; message?: string; httpStatus?: number }> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof EngineError) return { result: "REFUSED", code: error.code, message: error.message, httpStatus: error.httpStatus };
    throw error;
  }
}
