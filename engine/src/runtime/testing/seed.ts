import type { Database } from "../../store/database";
import { bulkInsert, type BulkColumn, type BulkValue } from "../../store/bulk-insert";
import { allocateIds } from "../../store/ids";

/** A node as a test describes it; everything not given takes the schema's default. */
export type SeedNode = {
  name: string;
  programType?: "SHELL" | "VIRTUAL";
  command?: string;
  cronExpress?: string;
  schedulerType?: "NORMAL" | "MANUAL" | "PAUSE" | "SKIP";
  priority?: number;
  resourceGroup?: string;
  autoRerunTimes?: number;
  autoRerunIntervalMs?: number;
  timeoutSeconds?: number;
  paramValues?: string;
  parents?: string[];
};

export type SeedWorkspace = {
  identifier?: string;
  timezone?: string;
  resourceGroups?: { identifier: string; slots: number }[];
  nodes: SeedNode[];
};

export type SeededWorkspace = {
  projectId: bigint;
  timezone: string;
  nodeIds: Map<string, bigint>;
  resourceGroupIds: Map<string, bigint>;
};

const DAILY_AT_MIDNIGHT = "00 00 00 * * ?";

const NODE_COLUMNS: readonly BulkColumn[] = [
  ...(["id", "projectId", "resourceGroupId", "createdAt", "modifiedAt"] as const).map((name) => ({ name, type: "bigint" as const })),
  ...(["fileType", "priority", "autoRerunTimes", "autoRerunIntervalMs", "timeoutSeconds"] as const).map((name) => ({ name, type: "int" as const })),
  ...(["name", "programType", "command", "cronExpress", "cycleType", "ownerId", "schedulerType", "paramValues"] as const).map((name) => ({ name, type: "text" as const })),
];

/** Writes a project, its resource groups, nodes and node edges straight into the tables. */
export async function seedWorkspace(db: Database, workspace: SeedWorkspace, now = 0): Promise<SeededWorkspace> {
  const prisma = db.prisma;
  const timezone = workspace.timezone ?? "Asia/Shanghai";
  const identifier = workspace.identifier ?? `test_${Math.random().toString(36).slice(2, 10)}`;
  const projectId = await allocateIds(prisma, "project", 1);
  const at = BigInt(now);
  await prisma.project.create({
    data: { id: projectId, identifier, name: identifier, timezone, ownerId: "tester", createdAt: at, modifiedAt: at },
  });
  const groups = workspace.resourceGroups ?? [{ identifier: `${identifier}_default`, slots: 4 }];
  const resourceGroupIds = new Map<string, bigint>();
  for (const [index, group] of groups.entries()) {
    const id = await allocateIds(prisma, "resourceGroup", 1);
    await prisma.resourceGroup.create({
      data: { id, projectId, identifier: group.identifier, name: group.identifier, slots: group.slots, isDefault: index === 0, createdAt: at, modifiedAt: at },
    });
    resourceGroupIds.set(group.identifier, id);
  }
  const defaultGroup = resourceGroupIds.get(groups[0]!.identifier)!;
  const nodeIds = new Map<string, bigint>();
  const firstNodeId = await allocateIds(prisma, "node", workspace.nodes.length);
  workspace.nodes.forEach((node, index) => nodeIds.set(node.name, firstNodeId + BigInt(index)));
  const nodeRows = workspace.nodes.map((node) => {
    const isVirtual = node.programType === "VIRTUAL";
    const group = node.resourceGroup ? resourceGroupIds.get(node.resourceGroup) : defaultGroup;
    if (group === undefined) throw new Error(`seedWorkspace: unknown resource group ${node.resourceGroup}`);
    return {
      id: nodeIds.get(node.name)!,
      projectId,
      name: node.name,
      programType: node.programType ?? "SHELL",
      fileType: isVirtual ? 99 : 6,
      command: node.command ?? "",
      cronExpress: node.cronExpress ?? DAILY_AT_MIDNIGHT,
      cycleType: "DAY",
      ownerId: "tester",
      priority: node.priority ?? 1,
      resourceGroupId: group,
      schedulerType: node.schedulerType ?? "NORMAL",
      autoRerunTimes: node.autoRerunTimes ?? 0,
      autoRerunIntervalMs: node.autoRerunIntervalMs ?? 60_000,
      timeoutSeconds: node.timeoutSeconds ?? 3600,
      paramValues: node.paramValues ?? "",
      createdAt: at,
      modifiedAt: at,
    };
  });
  // Through bulkInsert: Prisma's createMany takes seconds for the 10,000-node scenarios.
  await bulkInsert(
    prisma,
    "node",
    NODE_COLUMNS,
    nodeRows.map((row) => NODE_COLUMNS.map((column) => row[column.name as keyof typeof row] as BulkValue)),
  );
  const edges = workspace.nodes.flatMap((node) =>
    (node.parents ?? []).map((parent) => {
      const parentId = nodeIds.get(parent);
      if (parentId === undefined) throw new Error(`seedWorkspace: ${node.name} names unknown parent ${parent}`);
      return { parentId, childId: nodeIds.get(node.name)! };
    }),
  );
  await bulkInsert(prisma, "node_edge", [{ name: "parentId", type: "bigint" }, { name: "childId", type: "bigint" }], edges.map((edge) => [edge.parentId, edge.childId]));
  return { projectId, timezone, nodeIds, resourceGroupIds };
}
