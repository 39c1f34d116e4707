import type { LayoutEdgeInput, LayoutNodeInput } from "./types";

/** Adjacency in compressed rows: the neighbours of v are `targets[start[v]] … targets[start[v + 1] - 1]`. */
export type Adjacency = { start: Int32Array; targets: Int32Array };

/** The input as integers: nodes by input index, edges deduplicated, acyclic (cycle edges reversed). */
export type IndexedGraph = {
  nodeCount: number;
  children: Adjacency;
  parents: Adjacency;
  reversedEdgeCount: number;
};

/** Builds compressed rows from parallel `from`/`to` arrays. */
export function toAdjacency(nodeCount: number, from: Int32Array, to: Int32Array, edgeCount: number): Adjacency {
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) start[from[e]! + 1]!++;
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodeCount);
  const targets = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) targets[fill[from[e]!]!++] = to[e]!;
  return { start, targets };
}

/**
 * Indexes nodes by their input position and keeps each edge once; self loops and edges to unknown
 * ids are dropped. Edges that close a cycle (found by an iterative depth-first search, so deep
 * chains cannot overflow the stack) are reversed, so that layering always sees a DAG.
 */
export function indexGraph(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[]): IndexedGraph {
  const nodeCount = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, index);
  });
  const seen = new Set<number>();
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  let edgeCount = 0;
  for (const edge of edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const key = source * nodeCount + target;
    if (seen.has(key)) continue;
    seen.add(key);
    from[edgeCount] = source;
    to[edgeCount] = target;
    edgeCount++;
  }
  const reversed = reverseCycleEdges(nodeCount, from, to, edgeCount, seen);
  return {
    nodeCount,
    children: toAdjacency(nodeCount, from, to, reversed.edgeCount),
    parents: toAdjacency(nodeCount, to, from, reversed.edgeCount),
    reversedEdgeCount: reversed.reversedEdgeCount,
  };
}

const UNVISITED = 0;
const ON_STACK = 1;
const DONE = 2;

/**
 * Reverses, in place, every edge that points back to a node on the DFS stack, drops those whose
 * reverse already exists (two-cycles), and compacts the arrays; returns the counts.
 */
function reverseCycleEdges(
  nodeCount: number,
  from: Int32Array,
  to: Int32Array,
  edgeCount: number,
  keys: Set<number>,
): { edgeCount: number; reversedEdgeCount: number } {
  const outgoing = toAdjacency(nodeCount, from, to, edgeCount);
  // Edge ids in the same order as outgoing.targets, to know which input edge to flip.
  const edgeIdAt = new Int32Array(edgeCount);
  const fill = outgoing.start.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) edgeIdAt[fill[from[e]!]!++] = e;

  const state = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const cursor = new Int32Array(nodeCount);
  const reversed: number[] = [];
  for (let root = 0; root < nodeCount; root++) {
    if (state[root] !== UNVISITED) continue;
    let depth = 0;
    stack[0] = root;
    state[root] = ON_STACK;
    cursor[root] = outgoing.start[root]!;
    while (depth >= 0) {
      const v = stack[depth]!;
      const end = outgoing.start[v + 1]!;
      if (cursor[v]! < end) {
        const slot = cursor[v]!++;
        const w = outgoing.targets[slot]!;
        if (state[w] === ON_STACK) reversed.push(edgeIdAt[slot]!);
        else if (state[w] === UNVISITED) {
          state[w] = ON_STACK;
          cursor[w] = outgoing.start[w]!;
          stack[++depth] = w;
        }
      } else {
        state[v] = DONE;
        depth--;
      }
    }
  }
  if (reversed.length === 0) return { edgeCount, reversedEdgeCount: 0 };
  for (const e of reversed) {
    const source = from[e]!;
    const target = to[e]!;
    if (keys.has(target * nodeCount + source)) from[e] = -1;
    else {
      from[e] = target;
      to[e] = source;
    }
  }
  let kept = 0;
  for (let e = 0; e < edgeCount; e++) {
    if (from[e] === -1) continue;
    from[kept] = from[e]!;
    to[kept] = to[e]!;
    kept++;
  }
  return { edgeCount: kept, reversedEdgeCount: reversed.length };
}
