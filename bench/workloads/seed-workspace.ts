import { allocateIds } from "../../engine/src/store/ids";
import { insertRows } from "../harness/bulk-insert";
import type { BenchDatabase } from "../harness/databases";
import type { LayeredDag } from "./layered-dag";

export const BENCH_TIMEZONE = "Asia/Shanghai";
export const DAILY_AT_MIDNIGHT = "00 00 00 * * ?";

export type SeededWorkspace = { projectId: bigint; resourceGroupId: bigint; nodeIds: bigint[]; edgeCount: number };

export type SeedWorkspaceInput = {
  identifier: string;
  dag: LayeredDag;
  programType: "VIRTUAL" | "SHELL";
  /** Slots of the project's one resource group (VIRTUAL nodes take none). */
  slots?: number;
  now: number;
};

/**
 * Writes a project, one resource group, its nodes and node edges with the raw driver (setup, not
 * measured). IDs come from the engine's allocator so that later engine allocations never collide.
 */
export async function seedWorkspace(database: BenchDatabase, input: SeedWorkspaceInput): Promise<SeededWorkspace> {
  const prisma = database.engine.prisma;
  const projectId = await allocateIds(prisma, "project", 1);
  const resourceGroupId = await allocateIds(prisma, "resourceGroup", 1);
  const firstNodeId = await allocateIds(prisma, "node", input.dag.parentsOf.length);
  const nodeIds = input.dag.parentsOf.map((_, index) => firstNodeId + BigInt(index));
  const at = input.now;
  const isVirtual = input.programType === "VIRTUAL";
  await database.raw.transaction(async (session) => {
    await insertRows(session, "project", ["id", "identifier", "name", "timezone", "ownerId", "createdAt", "modifiedAt"], [
      [projectId, input.identifier, input.identifier, BENCH_TIMEZONE, "bench", at, at],
    ]);
    await insertRows(session, "resource_group", ["id", "projectId", "identifier", "name", "slots", "isDefault", "createdAt", "modifiedAt"], [
      [resourceGroupId, projectId, `${input.identifier}_default`, `${input.identifier}_default`, input.slots ?? 4, true, at, at],
    ]);
    const nodeColumns = ["id", "projectId", "name", "programType", "fileType", "command", "cronExpress", "cycleType", "ownerId", "priority", "resourceGroupId", "createdAt", "modifiedAt"];
    await insertRows(session, "node", nodeColumns, nodeIds.map((id, index) => [
      id, projectId, `node_${String(index).padStart(6, "0")}`, input.programType, isVirtual ? 99 : 6,
      isVirtual ? "" : "true", DAILY_AT_MIDNIGHT, "DAY", `owner_${index % 300}`, [1, 3, 5, 7, 8][index % 5], resourceGroupId, at, at,
    ]));
    const edges = input.dag.parentsOf.flatMap((parents, child) => parents.map((parent) => [nodeIds[parent]!, nodeIds[child]!] as const));
    await insertRows(session, "node_edge", ["parentId", "childId"], edges);
  });
  return { projectId, resourceGroupId, nodeIds, edgeCount: input.dag.edgeCount };
}
