import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dialect } from "../store/database";
import { createTestDatabase, isPostgresReachable, type TestDatabase } from "../testing/databases";
import { toParamValues, type NodeDefinition, type WorkspaceDefinition } from "./definition";
import { deployWorkspace, findProjectByIdentifier } from "./deploy";
import { WorkspaceValidationError } from "./errors";

function node(name: string, overrides: Partial<NodeDefinition> = {}): NodeDefinition {
  const parameters = overrides.parameters ?? { table: name };
  return {
    name,
    programType: "SHELL",
    fileType: 6,
    command: `echo ${name}`,
    cron: "00 30 01 * * ?",
    owner: "alice",
    priority: 1,
    resourceGroup: "etl",
    schedulerType: "NORMAL",
    rerunMode: "ALL_ALLOWED",
    autoRerunTimes: 3,
    autoRerunIntervalMs: 120_000,
    timeoutSeconds: 3600,
    parameters,
    paramValues: toParamValues(parameters),
    parents: [],
    outputs: [{ name: `out.${name}`, table: "" }],
    description: "",
    business: "orders",
    connection: "",
    baseline: null,
    file: "nodes/main.yaml",
    line: 2,
    ...overrides,
  };
}

/** A small workspace whose resource group identifiers carry a prefix (they are unique engine-wide). */
function workspace(identifier: string, nodes: NodeDefinition[]): WorkspaceDefinition {
  const prefixed = nodes.map((entry) => ({
    ...entry,
    resourceGroup: `${identifier}_${entry.resourceGroup}`,
    outputs: entry.outputs.map((output) => ({ ...output, name: `${identifier}.${output.name}` })),
  }));
  return {
    identifier,
    name: `Workspace ${identifier}`,
    description: "",
    timezone: "Asia/Shanghai",
    owner: "alice",
    defaults: { owner: "alice", priority: 1, resourceGroup: `${identifier}_etl`, rerunMode: "ALL_ALLOWED", autoRerunTimes: 3, autoRerunIntervalMs: 120_000, timeoutSeconds: 3600 },
    resourceGroups: [
      { identifier: `${identifier}_etl`, name: "ETL", slots: 4, isDefault: true, file: "workspace.yaml", line: 6 },
      { identifier: `${identifier}_report`, name: "Reports", slots: 2, isDefault: false, file: "workspace.yaml", line: 10 },
    ],
    nodes: prefixed,
  };
}

function threeNodes(): NodeDefinition[] {
  return [
    node("start", { programType: "VIRTUAL", fileType: 99, command: "", cron: "00 00 00 * * ?", line: 2 }),
    node("load", { parents: ["start"], line: 6 }),
    node("report", { parents: ["start", "load"], resourceGroup: "report", priority: 8, line: 12, outputs: [{ name: "ads.report", table: "ads_report_1d" }] }),
  ];
}

const NO_CHANGES = { nodesAdded: 0, nodesChanged: 0, nodesRemoved: 0, resourceGroupsChanged: 0 };

const isPostgresUp = await isPostgresReachable();

describe.each([
  { dialect: "sqlite" as Dialect, isSkipped: false },
  { dialect: "postgresql" as Dialect, isSkipped: !isPostgresUp },
])("deployWorkspace on $dialect", ({ dialect, isSkipped }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    if (!isSkipped) db = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function nodesOf(projectId: bigint) {
    const rows = await db.prisma.node.findMany({ where: { projectId }, orderBy: { name: "asc" } });
    return new Map(rows.map((row) => [row.name, row]));
  }

  async function parentNamesOf(projectId: bigint, name: string): Promise<string[]> {
    const rows = await nodesOf(projectId);
    const child = rows.get(name);
    const nameById = new Map([...rows.values()].map((row) => [row.id, row.name]));
    const edges = await db.prisma.nodeEdge.findMany({ where: { childId: child?.id ?? -1n } });
    return edges.map((edge) => nameById.get(edge.parentId) ?? "?").sort();
  }

  it.skipIf(isSkipped)("deploys and redeploys a workspace past SQLite's historic 999 bound values, then removes most of it", async () => {
    const chain = Array.from({ length: 2_500 }, (_, index) =>
      node(`n${index}`, { parents: index === 0 ? [] : [`n${Math.floor((index - 1) / 2)}`], outputs: [] }),
    );
    const first = await deployWorkspace(db, workspace("large_ws", chain), { operator: "alice", now: 1_000 });
    expect(first.nodesAdded).toBe(2_500);
    // Every node but n1 and n2 (already children of n0) changes parents: their edges are rewired in one deploy.
    const rewired = chain.map((entry, index) => ({ ...entry, parents: index === 0 ? [] : ["n0"] }));
    expect((await deployWorkspace(db, workspace("large_ws", rewired), { operator: "alice", now: 2_000 })).nodesChanged).toBe(2_497);
    expect((await deployWorkspace(db, workspace("large_ws", rewired.slice(0, 10)), { operator: "alice", now: 3_000 })).nodesRemoved).toBe(2_490);
    expect(await db.prisma.nodeEdge.count({ where: { parentId: (await nodesOf(first.projectId)).get("n0")!.id } })).toBe(9);
  });

  it.skipIf(isSkipped)("creates the project, resource groups, nodes, edges, outputs and a deployment record", async () => {
    const result = await deployWorkspace(db, workspace("first_ws", threeNodes()), { operator: "alice", now: 1_000, sourceDir: "/srv/first" });

    expect(result).toMatchObject({ nodesAdded: 3, nodesChanged: 0, nodesRemoved: 0, nodesUnchanged: 0, resourceGroupsChanged: 2 });
    expect(result.digest).toMatch(/^[0-9a-f]{64}$/);
    const project = await findProjectByIdentifier(db, "first_ws");
    expect(project).toMatchObject({ id: result.projectId, name: "Workspace first_ws", timezone: "Asia/Shanghai", ownerId: "alice", retryTimes: 3, retryIntervalMs: 120_000 });

    const groups = await db.prisma.resourceGroup.findMany({ where: { projectId: result.projectId }, orderBy: { identifier: "asc" } });
    expect(groups.map((group) => [group.identifier, group.slots, group.isDefault])).toEqual([
      ["first_ws_etl", 4, true],
      ["first_ws_report", 2, false],
    ]);

    const nodes = await nodesOf(result.projectId);
    expect(nodes.get("start")).toMatchObject({ programType: "VIRTUAL", fileType: 99, cycleType: "DAY", command: "", isDeleted: false });
    expect(nodes.get("report")).toMatchObject({
      fileType: 6,
      cronExpress: "00 30 01 * * ?",
      priority: 8,
      resourceGroupId: groups[1]?.id,
      paramValues: "table=report",
      businessName: "orders",
      sourceFile: "nodes/main.yaml",
      sourceLine: 12,
      createdAt: 1_000n,
      modifiedAt: 1_000n,
    });
    expect(await parentNamesOf(result.projectId, "report")).toEqual(["load", "start"]);
    const outputs = await db.prisma.nodeOutput.findMany({ where: { projectId: result.projectId }, orderBy: { name: "asc" } });
    expect(outputs.map((output) => [output.name, output.tableName, output.nodeId])).toEqual([
      ["first_ws.ads.report", "ads_report_1d", nodes.get("report")?.id],
      ["first_ws.out.load", "", nodes.get("load")?.id],
      ["first_ws.out.start", "", nodes.get("start")?.id],
    ]);
    const deployments = await db.prisma.deployment.findMany({ where: { projectId: result.projectId } });
    expect(deployments).toEqual([expect.objectContaining({ operator: "alice", digest: result.digest, nodesAdded: 3, at: 1_000n })]);
  });

  it.skipIf(isSkipped)("changes nothing when the same definition is deployed twice, but records both deploys", async () => {
    const definition = workspace("twice_ws", threeNodes());
    const first = await deployWorkspace(db, definition, { operator: "alice", now: 1_000 });
    const idsBefore = [...(await nodesOf(first.projectId)).values()].map((row) => row.id);
    const outputIdsBefore = (await db.prisma.nodeOutput.findMany({ where: { projectId: first.projectId }, orderBy: { name: "asc" } })).map((row) => row.id);

    const second = await deployWorkspace(db, definition, { operator: "bob", now: 2_000 });

    expect(second).toEqual({ projectId: first.projectId, digest: first.digest, ...NO_CHANGES, nodesUnchanged: 3 });
    const after = [...(await nodesOf(first.projectId)).values()];
    expect(after.map((row) => row.id)).toEqual(idsBefore);
    expect(after.map((row) => row.modifiedAt)).toEqual([1_000n, 1_000n, 1_000n]);
    const outputIdsAfter = (await db.prisma.nodeOutput.findMany({ where: { projectId: first.projectId }, orderBy: { name: "asc" } })).map((row) => row.id);
    expect(outputIdsAfter).toEqual(outputIdsBefore);
    expect(await db.prisma.deployment.count({ where: { projectId: first.projectId } })).toBe(2);
  });

  it.skipIf(isSkipped)("marks only the node whose cron changed as modified", async () => {
    const first = await deployWorkspace(db, workspace("cron_ws", threeNodes()), { operator: "alice", now: 1_000 });
    const changed = threeNodes().map((entry) => (entry.name === "load" ? { ...entry, cron: "00 05 * * * ?" } : entry));

    const second = await deployWorkspace(db, workspace("cron_ws", changed), { operator: "alice", now: 2_000 });

    expect(second).toMatchObject({ nodesAdded: 0, nodesChanged: 1, nodesRemoved: 0, nodesUnchanged: 2 });
    expect(second.digest).not.toBe(first.digest);
    const nodes = await nodesOf(first.projectId);
    expect(nodes.get("load")).toMatchObject({ cronExpress: "00 05 * * * ?", cycleType: "HOUR", modifiedAt: 2_000n, createdAt: 1_000n });
    expect(nodes.get("start")?.modifiedAt).toBe(1_000n);
    expect(nodes.get("report")?.modifiedAt).toBe(1_000n);
  });

  it.skipIf(isSkipped)("soft-deletes a node that disappears and gives it its ID back when it returns", async () => {
    const first = await deployWorkspace(db, workspace("removal_ws", threeNodes()), { operator: "alice", now: 1_000 });
    const loadId = (await nodesOf(first.projectId)).get("load")?.id;
    const withoutLoad = threeNodes()
      .filter((entry) => entry.name !== "load")
      .map((entry) => (entry.name === "report" ? { ...entry, parents: ["start"] } : entry));

    const removal = await deployWorkspace(db, workspace("removal_ws", withoutLoad), { operator: "alice", now: 2_000 });

    expect(removal).toMatchObject({ nodesAdded: 0, nodesChanged: 1, nodesRemoved: 1, nodesUnchanged: 1 });
    const afterRemoval = await nodesOf(first.projectId);
    expect(afterRemoval.get("load")).toMatchObject({ id: loadId, isDeleted: true, modifiedAt: 2_000n });
    expect(await parentNamesOf(first.projectId, "report")).toEqual(["start"]);
    expect(await parentNamesOf(first.projectId, "load")).toEqual([]);
    expect(await db.prisma.nodeOutput.count({ where: { nodeId: loadId ?? -1n } })).toBe(0);

    const comeback = await deployWorkspace(db, workspace("removal_ws", threeNodes()), { operator: "alice", now: 3_000 });

    expect(comeback).toMatchObject({ nodesAdded: 1, nodesChanged: 1, nodesRemoved: 0, nodesUnchanged: 1 });
    const afterComeback = await nodesOf(first.projectId);
    expect(afterComeback.get("load")).toMatchObject({ id: loadId, isDeleted: false, createdAt: 1_000n, modifiedAt: 3_000n });
    expect(await parentNamesOf(first.projectId, "load")).toEqual(["start"]);
    expect(await parentNamesOf(first.projectId, "report")).toEqual(["load", "start"]);
  });

  it.skipIf(isSkipped)("counts a node whose parents or outputs changed as changed", async () => {
    const first = await deployWorkspace(db, workspace("edges_ws", threeNodes()), { operator: "alice", now: 1_000 });
    const changed = threeNodes().map((entry) => {
      if (entry.name === "report") return { ...entry, parents: ["load"] };
      if (entry.name === "start") return { ...entry, outputs: [{ name: "out.start", table: "start_marker" }] };
      return entry;
    });

    const second = await deployWorkspace(db, workspace("edges_ws", changed), { operator: "alice", now: 2_000 });

    expect(second).toMatchObject({ nodesChanged: 2, nodesUnchanged: 1 });
    expect(await parentNamesOf(first.projectId, "report")).toEqual(["load"]);
    const startOutput = await db.prisma.nodeOutput.findFirst({ where: { projectId: first.projectId, name: "edges_ws.out.start" } });
    expect(startOutput?.tableName).toBe("start_marker");
  });

  it.skipIf(isSkipped)("updates a node that only moved within its file without counting it as changed", async () => {
    const first = await deployWorkspace(db, workspace("moved_ws", threeNodes()), { operator: "alice", now: 1_000 });
    const moved = threeNodes().map((entry) => (entry.name === "load" ? { ...entry, file: "nodes/other.yaml", line: 40 } : entry));

    const second = await deployWorkspace(db, workspace("moved_ws", moved), { operator: "alice", now: 2_000 });

    expect(second).toMatchObject({ nodesChanged: 0, nodesUnchanged: 3 });
    expect((await nodesOf(first.projectId)).get("load")).toMatchObject({ sourceFile: "nodes/other.yaml", sourceLine: 40, modifiedAt: 1_000n });
  });

  it.skipIf(isSkipped)("deletes a dropped resource group unless a node still refers to it", async () => {
    const first = await deployWorkspace(db, workspace("groups_ws", threeNodes()), { operator: "alice", now: 1_000 });
    const onlyEtl = (definition: WorkspaceDefinition): WorkspaceDefinition => ({
      ...definition,
      resourceGroups: definition.resourceGroups.filter((group) => group.identifier === "groups_ws_etl"),
    });
    // "report" is removed, so it stays (soft-deleted) pointing at the report group: that group stays.
    const withoutReport = onlyEtl(workspace("groups_ws", threeNodes().filter((entry) => entry.name !== "report")));
    const second = await deployWorkspace(db, withoutReport, { operator: "alice", now: 2_000 });
    expect(second).toMatchObject({ nodesRemoved: 1, resourceGroupsChanged: 0 });
    expect(await db.prisma.resourceGroup.count({ where: { projectId: first.projectId } })).toBe(2);

    const spare = { identifier: "groups_ws_spare", name: "Spare", slots: 1, isDefault: false, file: "workspace.yaml", line: 14 };
    const withSpare = { ...withoutReport, resourceGroups: [...withoutReport.resourceGroups, spare] };
    expect((await deployWorkspace(db, withSpare, { operator: "alice", now: 3_000 })).resourceGroupsChanged).toBe(1);
    const third = await deployWorkspace(db, withoutReport, { operator: "alice", now: 4_000 });

    expect(third.resourceGroupsChanged).toBe(1);
    const identifiers = (await db.prisma.resourceGroup.findMany({ where: { projectId: first.projectId } })).map((group) => group.identifier).sort();
    expect(identifiers).toEqual(["groups_ws_etl", "groups_ws_report"]);
  });

  it.skipIf(isSkipped)("refuses a resource group identifier that another workspace owns, writing nothing", async () => {
    await deployWorkspace(db, workspace("owner_ws", threeNodes()), { operator: "alice", now: 1_000 });
    const intruder = workspace("intruder_ws", threeNodes());
    intruder.resourceGroups[1] = { ...intruder.resourceGroups[1]!, identifier: "owner_ws_report" };
    intruder.nodes = intruder.nodes.map((entry) => (entry.resourceGroup === "intruder_ws_report" ? { ...entry, resourceGroup: "owner_ws_report" } : entry));

    const error = await deployWorkspace(db, intruder, { operator: "bob", now: 2_000 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(WorkspaceValidationError);
    expect((error as WorkspaceValidationError).issues).toEqual([
      { file: "workspace.yaml", line: 10, field: "resourceGroups[1].identifier", message: expect.stringContaining('already belongs to workspace "owner_ws"') },
    ]);
    expect(await findProjectByIdentifier(db, "intruder_ws")).toBeNull();
  });

  it.skipIf(isSkipped)("serialises two simultaneous deploys of one workspace", async () => {
    const definition = workspace("race_ws", threeNodes());

    const results = await Promise.all([
      deployWorkspace(db, definition, { operator: "alice", now: 1_000 }),
      deployWorkspace(db, definition, { operator: "bob", now: 1_000 }),
    ]);

    expect(results.map((result) => result.nodesAdded).sort()).toEqual([0, 3]);
    expect(results[0]?.projectId).toBe(results[1]?.projectId);
    expect(await db.prisma.node.count({ where: { projectId: results[0]?.projectId } })).toBe(3);
  });
});
