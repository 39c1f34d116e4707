import type { Node as NodeRow, NodeOutput as NodeOutputRow } from "../../../prisma/generated/sqlite/client";
import { cycleTypeOf, parseCron } from "../schedule/cron";
import { allocateIds } from "../store/ids";
import { chunked, type Tx } from "../store/transaction";
import type { NodeDefinition } from "./definition";

export type NodesDeployed = { added: number; changed: number; removed: number; unchanged: number };

/** Keeps each statement well under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_STATEMENT = 500;
const IDS_PER_STATEMENT = 5_000;

/** The node columns a deploy owns; a difference in any of them makes the node "changed". */
type NodeFields = Pick<
  NodeRow,
  | "programType"
  | "fileType"
  | "command"
  | "cronExpress"
  | "cycleType"
  | "ownerId"
  | "priority"
  | "resourceGroupId"
  | "schedulerType"
  | "rerunMode"
  | "autoRerunTimes"
  | "autoRerunIntervalMs"
  | "timeoutSeconds"
  | "paramValues"
  | "description"
  | "businessName"
  | "connection"
>;

/**
 * Brings the project's nodes, edges and outputs in line with the definition. Nodes are matched by
 * name and keep their IDs; a node that disappears is soft-deleted (its instances stay history) and
 * gets its ID back if it returns. Only a node's source location moving is not a change.
 */
export async function deployNodes(
  tx: Tx,
  projectId: bigint,
  nodes: readonly NodeDefinition[],
  resourceGroupIds: ReadonlyMap<string, bigint>,
  now: number,
): Promise<NodesDeployed> {
  const existing = await tx.node.findMany({ where: { projectId } });
  const existingByName = new Map(existing.map((row) => [row.name, row]));
  const parentIdsByChild = await readParentIds(tx, existing.map((row) => row.id));
  const outputsByNode = groupBy(await tx.nodeOutput.findMany({ where: { projectId } }), (row) => row.nodeId);

  const idByName = await assignNodeIds(tx, nodes, existingByName);
  const counts: NodesDeployed = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const childrenToRewire = new Set<bigint>();
  const created: NodeRow[] = [];

  for (const node of nodes) {
    const id = idByName.get(node.name) as bigint;
    const fields = toNodeFields(node, resourceGroupIds);
    const location = { sourceFile: node.file, sourceLine: node.line };
    const parentIds = node.parents.map((parent) => idByName.get(parent) as bigint);
    const row = existingByName.get(node.name);
    if (!row) {
      created.push({ id, projectId, name: node.name, ...fields, ...location, baselineId: null, isDeleted: false, createdAt: BigInt(now), modifiedAt: BigInt(now) });
      childrenToRewire.add(id);
      counts.added += 1;
      continue;
    }
    const hasSameParents = isSameSet(parentIds, parentIdsByChild.get(id) ?? []);
    if (!hasSameParents) childrenToRewire.add(id);
    const wantedOutputs = node.outputs.map((output) => outputKey(output.name, output.table));
    const hasSameOutputs = isSameSet(wantedOutputs, (outputsByNode.get(id) ?? []).map((row) => outputKey(row.name, row.tableName)));
    if (row.isDeleted || !hasSameFields(row, fields) || !hasSameParents || !hasSameOutputs) {
      await tx.node.update({ where: { id }, data: { ...fields, ...location, isDeleted: false, modifiedAt: BigInt(now) } });
      if (row.isDeleted) counts.added += 1;
      else counts.changed += 1;
      continue;
    }
    if (row.sourceFile !== location.sourceFile || row.sourceLine !== location.sourceLine) {
      await tx.node.update({ where: { id }, data: location });
    }
    counts.unchanged += 1;
  }
  for (const rows of chunked(created, ROWS_PER_STATEMENT)) await tx.node.createMany({ data: rows });

  const declared = new Set(nodes.map((node) => node.name));
  const removedIds = existing.filter((row) => !row.isDeleted && !declared.has(row.name)).map((row) => row.id);
  for (const ids of chunked(removedIds, IDS_PER_STATEMENT)) {
    await tx.node.updateMany({ where: { id: { in: ids } }, data: { isDeleted: true, modifiedAt: BigInt(now) } });
  }
  counts.removed = removedIds.length;
  for (const id of removedIds) childrenToRewire.add(id);

  await rewireEdges(tx, nodes, idByName, childrenToRewire);
  await replaceOutputs(tx, projectId, nodes, idByName, outputsByNode);
  return counts;
}

function toNodeFields(node: NodeDefinition, resourceGroupIds: ReadonlyMap<string, bigint>): NodeFields {
  const resourceGroupId = resourceGroupIds.get(node.resourceGroup);
  if (resourceGroupId === undefined) throw new Error(`deploy: node ${node.name} names resource group ${node.resourceGroup}, which the workspace does not declare`);
  return {
    programType: node.programType,
    fileType: node.fileType,
    command: node.command,
    cronExpress: node.cron,
    cycleType: cycleTypeOf(parseCron(node.cron)),
    ownerId: node.owner,
    priority: node.priority,
    resourceGroupId,
    schedulerType: node.schedulerType,
    rerunMode: node.rerunMode,
    autoRerunTimes: node.autoRerunTimes,
    autoRerunIntervalMs: node.autoRerunIntervalMs,
    timeoutSeconds: node.timeoutSeconds,
    paramValues: node.paramValues,
    description: node.description,
    businessName: node.business,
    connection: node.connection,
  };
}

function hasSameFields(row: NodeRow, fields: NodeFields): boolean {
  return (Object.keys(fields) as (keyof NodeFields)[]).every((key) => row[key] === fields[key]);
}

/** Existing IDs by name (deleted nodes included, so that a returning node keeps its ID), new ones in one block. */
async function assignNodeIds(tx: Tx, nodes: readonly NodeDefinition[], existingByName: ReadonlyMap<string, NodeRow>): Promise<Map<string, bigint>> {
  const idByName = new Map<string, bigint>();
  const newNames: string[] = [];
  for (const node of nodes) {
    const row = existingByName.get(node.name);
    if (row) idByName.set(node.name, row.id);
    else newNames.push(node.name);
  }
  if (newNames.length > 0) {
    const firstId = await allocateIds(tx, "node", newNames.length);
    newNames.forEach((name, offset) => idByName.set(name, firstId + BigInt(offset)));
  }
  return idByName;
}

async function readParentIds(tx: Tx, childIds: readonly bigint[]): Promise<Map<bigint, bigint[]>> {
  const parentIdsByChild = new Map<bigint, bigint[]>();
  for (const ids of chunked(childIds, IDS_PER_STATEMENT)) {
    for (const edge of await tx.nodeEdge.findMany({ where: { childId: { in: ids } } })) {
      const parentIds = parentIdsByChild.get(edge.childId);
      if (parentIds) parentIds.push(edge.parentId);
      else parentIdsByChild.set(edge.childId, [edge.parentId]);
    }
  }
  return parentIdsByChild;
}

/** Replaces the incoming edges of every node whose parents changed (and of removed nodes: none). */
async function rewireEdges(tx: Tx, nodes: readonly NodeDefinition[], idByName: ReadonlyMap<string, bigint>, childIds: ReadonlySet<bigint>): Promise<void> {
  if (childIds.size === 0) return;
  for (const ids of chunked([...childIds], IDS_PER_STATEMENT)) {
    await tx.nodeEdge.deleteMany({ where: { childId: { in: ids } } });
  }
  const edges = nodes.flatMap((node) => {
    const childId = idByName.get(node.name) as bigint;
    if (!childIds.has(childId)) return [];
    return node.parents.map((parent) => ({ parentId: idByName.get(parent) as bigint, childId }));
  });
  for (const rows of chunked(edges, ROWS_PER_STATEMENT)) await tx.nodeEdge.createMany({ data: rows });
}

/** Outputs keyed by name: kept (same ID) when unchanged, moved or retabled in place, else replaced. */
async function replaceOutputs(
  tx: Tx,
  projectId: bigint,
  nodes: readonly NodeDefinition[],
  idByName: ReadonlyMap<string, bigint>,
  outputsByNode: ReadonlyMap<bigint, NodeOutputRow[]>,
): Promise<void> {
  const existingByName = new Map([...outputsByNode.values()].flat().map((row) => [row.name, row]));
  const wanted = nodes.flatMap((node) => node.outputs.map((output) => ({ nodeId: idByName.get(node.name) as bigint, name: output.name, tableName: output.table })));
  const wantedNames = new Set(wanted.map((output) => output.name));

  const obsoleteIds = [...existingByName.values()].filter((row) => !wantedNames.has(row.name)).map((row) => row.id);
  for (const ids of chunked(obsoleteIds, IDS_PER_STATEMENT)) await tx.nodeOutput.deleteMany({ where: { id: { in: ids } } });

  const added: typeof wanted = [];
  for (const output of wanted) {
    const row = existingByName.get(output.name);
    if (!row) added.push(output);
    else if (row.nodeId !== output.nodeId || row.tableName !== output.tableName) {
      await tx.nodeOutput.update({ where: { id: row.id }, data: { nodeId: output.nodeId, tableName: output.tableName } });
    }
  }
  if (added.length === 0) return;
  const firstId = await allocateIds(tx, "nodeOutput", added.length);
  const rows = added.map((output, offset) => ({ id: firstId + BigInt(offset), projectId, ...output }));
  for (const chunk of chunked(rows, ROWS_PER_STATEMENT)) await tx.nodeOutput.createMany({ data: chunk });
}

function outputKey(name: string, table: string): string {
  return `${name}\u0000${table}`;
}

function isSameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
