import type { Instance } from "../../../model/entities";
import { TERMINAL_STATUSES, type InstanceStatus } from "../../../model/status";
import type { Database } from "../../database";
import { toInstanceEntity } from "../common/entities";
import { toBigIntValue, toStringValue } from "../common/raw-values";
import { join } from "../common/sql";

/**
 * Walks over `instance_edge` (parent → child between instances). Every walk goes level by level
 * with one batched query per level, iteratively, so deep chains cost no stack and wide levels
 * cost one statement per ID_BATCH IDs.
 */

const ID_BATCH = 1_000;

export type InstanceEdgeRow = { parentId: bigint; childId: bigint };
export type DependencyDirection = "UPSTREAM" | "DOWNSTREAM" | "BOTH";

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

function byId(left: bigint, right: bigint): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The edges whose `side` end is one of `ids`. */
async function findEdgesAt(db: Database, ids: readonly bigint[], side: "parentId" | "childId"): Promise<InstanceEdgeRow[]> {
  const edges: InstanceEdgeRow[] = [];
  for (const batch of batches(ids, ID_BATCH)) {
    const where = side === "parentId" ? { parentId: { in: batch } } : { childId: { in: batch } };
    const rows = await db.prisma.instanceEdge.findMany({ where, select: { parentId: true, childId: true } });
    for (const row of rows) edges.push({ parentId: toBigIntValue(row.parentId), childId: toBigIntValue(row.childId) });
  }
  return edges;
}

export type DependencyWalk = {
  /** The root first, then upstream and downstream instances level by level, each level in ID order. */
  instanceIds: bigint[];
  /** Every edge between two of `instanceIds`. */
  edges: InstanceEdgeRow[];
  /** Whether instances within `depth` were left out to stay within `maxInstances`. */
  isTruncated: boolean;
};

/**
 * The instances within `depth` edges of `rootId` in the given direction(s), at most `maxInstances`
 * of them (the root included), with the edges among them. UPSTREAM follows child → parent,
 * DOWNSTREAM parent → child; BOTH does each walk on its own (siblings are not reached).
 */
export async function walkInstanceDependencies(
  db: Database,
  request: { rootId: bigint; direction: DependencyDirection; depth: number; maxInstances: number },
): Promise<DependencyWalk> {
  const included = new Set<bigint>([request.rootId]);
  const order: bigint[] = [request.rootId];
  let isTruncated = false;
  const walks: ("parentId" | "childId")[] = [];
  // Walking upstream we look for edges whose child is on the frontier, and step to their parents.
  if (request.direction !== "DOWNSTREAM") walks.push("childId");
  if (request.direction !== "UPSTREAM") walks.push("parentId");
  for (const frontierSide of walks) {
    const seen = new Set<bigint>([request.rootId]);
    let frontier: bigint[] = [request.rootId];
    for (let level = 1; level <= request.depth && frontier.length > 0 && !isTruncated; level += 1) {
      const edges = await findEdgesAt(db, frontier, frontierSide);
      const next = new Set<bigint>();
      for (const edge of edges) {
        const neighbour = frontierSide === "childId" ? edge.parentId : edge.childId;
        if (!seen.has(neighbour)) next.add(neighbour);
      }
      frontier = [];
      for (const id of [...next].sort(byId)) {
        seen.add(id);
        if (included.has(id)) {
          frontier.push(id);
          continue;
        }
        if (included.size >= request.maxInstances) {
          isTruncated = true;
          break;
        }
        included.add(id);
        order.push(id);
        frontier.push(id);
      }
    }
  }
  return { instanceIds: order, edges: await findEdgesAmong(db, order, included), isTruncated };
}

async function findEdgesAmong(db: Database, ids: readonly bigint[], members: ReadonlySet<bigint>): Promise<InstanceEdgeRow[]> {
  const edges = await findEdgesAt(db, ids, "parentId");
  return edges
    .filter((edge) => members.has(edge.childId))
    .sort((left, right) => byId(left.parentId, right.parentId) || byId(left.childId, right.childId));
}

export type DownstreamCount = {
  /** Instances reachable through child edges, the start excluded. */
  downstream: number;
  /** Of those, the ones not finished yet (neither SUCCESS nor FAILURE). */
  waitingDownstream: number;
  /** Whether the walk stopped at the cap, so the counts are "at least". */
  isCapped: boolean;
};

export type DownstreamCounts = { counts: Map<bigint, DownstreamCount>; union: DownstreamCount };

/**
 * The children of instances, loaded once per request and reused by every walk: the union's walk
 * loads what each instance's own walk needs.
 */
class ChildIndex {
  private readonly childrenOf = new Map<bigint, bigint[]>();
  private readonly statusOf = new Map<bigint, InstanceStatus>();

  constructor(private readonly db: Database) {}

  async load(ids: readonly bigint[]): Promise<void> {
    const missing = ids.filter((id) => !this.childrenOf.has(id));
    for (const batch of batches(missing, ID_BATCH)) {
      for (const id of batch) this.childrenOf.set(id, []);
      const rows = await this.db.prisma.$queryRaw<{ parentId: unknown; childId: unknown; status: unknown }[]>`
        SELECT e."parentId", e."childId", c."status" FROM "instance_edge" e JOIN "instance" c ON c."id" = e."childId"
        WHERE e."parentId" IN (${join(batch)})`;
      for (const row of rows) {
        const childId = toBigIntValue(row.childId);
        this.childrenOf.get(toBigIntValue(row.parentId))?.push(childId);
        this.statusOf.set(childId, toStringValue(row.status) as InstanceStatus);
      }
    }
  }

  children(id: bigint): readonly bigint[] {
    return this.childrenOf.get(id) ?? [];
  }

  isWaiting(id: bigint): boolean {
    const status = this.statusOf.get(id);
    return status !== undefined && !TERMINAL_STATUSES.has(status);
  }
}

async function countReach(index: ChildIndex, starts: readonly bigint[], cap: number): Promise<DownstreamCount> {
  const seen = new Set<bigint>(starts);
  let frontier = [...seen];
  let downstream = 0;
  let waitingDownstream = 0;
  while (frontier.length > 0) {
    await index.load(frontier);
    const next: bigint[] = [];
    for (const id of frontier) {
      for (const child of index.children(id)) {
        if (seen.has(child)) continue;
        if (downstream >= cap) return { downstream, waitingDownstream, isCapped: true };
        seen.add(child);
        next.push(child);
        downstream += 1;
        if (index.isWaiting(child)) waitingDownstream += 1;
      }
    }
    frontier = next;
  }
  return { downstream, waitingDownstream, isCapped: false };
}

/**
 * Transitive downstream counts of each instance and of them all together (the union leaves out
 * the given instances themselves: they are the selection, not its impact). Each walk stops at `cap`.
 */
export async function countDownstreamInstances(db: Database, instanceIds: readonly bigint[], cap: number): Promise<DownstreamCounts> {
  const index = new ChildIndex(db);
  const union = await countReach(index, instanceIds, cap);
  const counts = new Map<bigint, DownstreamCount>();
  for (const id of instanceIds) {
    if (!counts.has(id)) counts.set(id, await countReach(index, [id], cap));
  }
  return { counts, union };
}

/** The instances with these IDs, in the order of `ids` (missing ones left out). */
export async function findInstancesInOrder(db: Database, ids: readonly bigint[]): Promise<Instance[]> {
  const found = new Map<bigint, Instance>();
  for (const batch of batches(ids, ID_BATCH)) {
    const rows = await db.prisma.instance.findMany({ where: { id: { in: batch } } });
    for (const row of rows.map(toInstanceEntity)) found.set(row.id, row);
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Which of `ids` exist, for a clear NotExists before walking. */
export async function findExistingInstanceIds(db: Database, ids: readonly bigint[]): Promise<Set<bigint>> {
  const existing = new Set<bigint>();
  for (const batch of batches(ids, ID_BATCH)) {
    const rows = await db.prisma.$queryRaw<{ id: unknown }[]>`SELECT "id" FROM "instance" WHERE "id" IN (${join(batch)})`;
    for (const row of rows) existing.add(toBigIntValue(row.id));
  }
  return existing;
}
