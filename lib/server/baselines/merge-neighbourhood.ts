import type { TKeyPathNeighbourhood, TNeighbourhoodInstance, TNeighbourhoodRelation } from "@/lib/contracts/baselines";

/** What the graph shows of an instance, before its place relative to the key path is known. */
export type TNeighbourFacts = Omit<TNeighbourhoodInstance, "relation" | "hop">;

/** The instances around one key path instance, and the edges among them, as the data service answered. */
export type TDependencyAnswer = {
  instances: readonly TNeighbourFacts[];
  edges: readonly { parentId: string; childId: string }[];
  /** The data service left instances out to stay within its maximum. */
  isTruncated: boolean;
};

export type TMergedNeighbourhood = Pick<TKeyPathNeighbourhood, "keyPathIds" | "instances" | "edges" | "totalCount" | "isTotalAtLeast">;

type TPlace = { relation: TNeighbourhoodRelation; hop: number };
type TWalk = { relation: TNeighbourhoodRelation; next: ReadonlyMap<string, string[]>; frontier: string[]; seen: Set<string> };

const edgeKey = (parentId: string, childId: string) => `${parentId}>${childId}`;

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * One graph from the key path (upstream first) and each of its instances' dependency answers.
 * Each instance gets its place: on the key path (hop 0), else upstream or downstream at the fewest
 * edges away — walking parents and children apart, as the data service does, so siblings are not
 * neighbours. Ordered key path first, then by hop (upstream before downstream), and cut to
 * `maxInstances`. Consecutive key path instances are linked even where no answer has the edge. Pure.
 */
export function mergeNeighbourhood(input: { keyPath: readonly TNeighbourFacts[]; answers: readonly TDependencyAnswer[]; hops: number; maxInstances: number }): TMergedNeighbourhood {
  const factsOf = new Map<string, TNeighbourFacts>();
  // The dependency answers know more (suspension) than the key path entries: theirs win.
  for (const answer of input.answers) for (const instance of answer.instances) if (!factsOf.has(instance.instanceId)) factsOf.set(instance.instanceId, instance);
  for (const entry of input.keyPath) if (!factsOf.has(entry.instanceId)) factsOf.set(entry.instanceId, entry);

  const keyPathIds = [...new Set(input.keyPath.map((entry) => entry.instanceId))];
  const keyPathEdges = new Set(keyPathIds.slice(1).map((childId, index) => edgeKey(keyPathIds[index]!, childId)));
  const edges = new Map<string, { parentId: string; childId: string }>();
  keyPathIds.slice(1).forEach((childId, index) => edges.set(edgeKey(keyPathIds[index]!, childId), { parentId: keyPathIds[index]!, childId }));
  for (const answer of input.answers) {
    for (const edge of answer.edges) {
      if (edge.parentId === edge.childId || !factsOf.has(edge.parentId) || !factsOf.has(edge.childId)) continue;
      const key = edgeKey(edge.parentId, edge.childId);
      if (!edges.has(key)) edges.set(key, { parentId: edge.parentId, childId: edge.childId });
    }
  }
  const parentsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  for (const edge of edges.values()) {
    pushTo(parentsOf, edge.childId, edge.parentId);
    pushTo(childrenOf, edge.parentId, edge.childId);
  }

  const placeOf = new Map<string, TPlace>(keyPathIds.map((id) => [id, { relation: "keyPath", hop: 0 }]));
  const order = [...keyPathIds];
  const walks: TWalk[] = [
    { relation: "upstream", next: parentsOf, frontier: keyPathIds, seen: new Set(keyPathIds) },
    { relation: "downstream", next: childrenOf, frontier: keyPathIds, seen: new Set(keyPathIds) },
  ];
  for (let hop = 1; hop <= input.hops; hop++) {
    for (const walk of walks) {
      const frontier: string[] = [];
      for (const id of walk.frontier) {
        for (const other of walk.next.get(id) ?? []) {
          if (walk.seen.has(other)) continue;
          walk.seen.add(other);
          frontier.push(other);
          if (!placeOf.has(other)) {
            placeOf.set(other, { relation: walk.relation, hop });
            order.push(other);
          }
        }
      }
      walk.frontier = frontier;
    }
  }

  const shown = order.slice(0, Math.max(0, input.maxInstances));
  const isShown = new Set(shown);
  return {
    keyPathIds,
    instances: shown.map((id) => ({ ...factsOf.get(id)!, ...placeOf.get(id)! })),
    edges: [...edges.entries()]
      .filter(([, edge]) => isShown.has(edge.parentId) && isShown.has(edge.childId))
      .map(([key, edge]) => ({ ...edge, isOnKeyPath: keyPathEdges.has(key) })),
    totalCount: order.length,
    isTotalAtLeast: input.answers.some((answer) => answer.isTruncated),
  };
}
