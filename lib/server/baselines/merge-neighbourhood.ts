import type { TKeyPathNeighbourhood, TNeighbourhoodInstance, TNeighbourhoodRelation } from "@/lib/contracts/baselines";

/** What the graph shows of an instance, before its place relative to the key path is known. */
export type TNeighbourFacts = Omit<TNeighbourhoodInstance, "relation" | "hop">;

/** The instances around one key path instance (`centerId`), and the edges among them, as the data service answered. */
export type TDependencyAnswer = {
  centerId: string;
  instances: readonly TNeighbourFacts[];
  edges: readonly { parentId: string; childId: string }[];
  /** The data service left instances out to stay within its maximum. */
  isTruncated: boolean;
};

export type TMergedNeighbourhood = Pick<TKeyPathNeighbourhood, "keyPathIds" | "instances" | "edges" | "totalCount" | "isTotalAtLeast">;

type TPlace = { relation: Exclude<TNeighbourhoodRelation, "keyPath">; hop: number };

const edgeKey = (parentId: string, childId: string) => `${parentId}>${childId}`;

/** Failed first, then running, then waiting, succeeded last: what an on-call engineer looks at first. */
function statusRank(status: string): number {
  if (status === "FAILURE") return 0;
  if (status === "RUNNING" || status === "CHECKING" || status === "CHECKING_CONDITION") return 1;
  if (status === "NOT_RUN" || status === "WAIT_TIME" || status === "WAIT_RESOURCE") return 2;
  return status === "SUCCESS" ? 4 : 3;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The instances one answer reaches from its centre within `hops`, parents and children walked apart. */
function placesInAnswer(answer: TDependencyAnswer, hops: number): Map<string, TPlace> {
  const parentsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  for (const edge of answer.edges) {
    pushTo(parentsOf, edge.childId, edge.parentId);
    pushTo(childrenOf, edge.parentId, edge.childId);
  }
  const places = new Map<string, TPlace>();
  for (const [relation, next] of [["upstream", parentsOf], ["downstream", childrenOf]] as const) {
    const seen = new Set([answer.centerId]);
    let frontier = [answer.centerId];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const reached: string[] = [];
      for (const id of frontier) {
        for (const other of next.get(id) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          reached.push(other);
          const known = places.get(other);
          if (!known || known.hop > hop) places.set(other, { relation, hop });
        }
      }
      frontier = reached;
    }
  }
  return places;
}

/**
 * One graph from the key path (upstream first) and each of its instances' dependency answers.
 * Around each key path instance at most `maxPerSide` upstream and `maxPerSide` downstream
 * instances are kept — nearest first, then failed, running, waiting, succeeded — so a hub (a start
 * node with a hundred children) does not bury the path; the rest are counted in `totalCount`.
 * Each instance takes its nearest place; the whole is ordered key path first, then by hop
 * (upstream before downstream) and cut to `maxInstances`. Consecutive key path instances are linked
 * even where no answer has the edge. Pure.
 */
export function mergeNeighbourhood(input: {
  keyPath: readonly TNeighbourFacts[];
  answers: readonly TDependencyAnswer[];
  hops: number;
  maxPerSide: number;
  maxInstances: number;
}): TMergedNeighbourhood {
  const factsOf = new Map<string, TNeighbourFacts>();
  // The dependency answers know more (suspension) than the key path entries: theirs win.
  for (const answer of input.answers) for (const instance of answer.instances) if (!factsOf.has(instance.instanceId)) factsOf.set(instance.instanceId, instance);
  for (const entry of input.keyPath) if (!factsOf.has(entry.instanceId)) factsOf.set(entry.instanceId, entry);

  const keyPathIds = [...new Set(input.keyPath.map((entry) => entry.instanceId))];
  const onKeyPath = new Set(keyPathIds);
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

  const nearest = new Map<string, TPlace>();
  const kept = new Set<string>();
  const rankOf = (id: string, place: TPlace) => [place.hop, statusRank(factsOf.get(id)?.status ?? "")] as const;
  for (const answer of input.answers) {
    const places = [...placesInAnswer(answer, input.hops)].filter(([id]) => !onKeyPath.has(id) && factsOf.has(id));
    for (const [id, place] of places) {
      const known = nearest.get(id);
      if (!known || known.hop > place.hop) nearest.set(id, place);
    }
    for (const side of ["upstream", "downstream"] as const) {
      const ranked = places
        .filter(([, place]) => place.relation === side)
        .map(([id, place], order) => ({ id, rank: rankOf(id, place), order }))
        .sort((left, right) => left.rank[0] - right.rank[0] || left.rank[1] - right.rank[1] || left.order - right.order);
      for (const { id } of ranked.slice(0, Math.max(0, input.maxPerSide))) kept.add(id);
    }
  }

  const neighbours = [...kept]
    .map((id, order) => ({ id, place: nearest.get(id)!, order }))
    .sort(
      (left, right) =>
        left.place.hop - right.place.hop ||
        (left.place.relation === right.place.relation ? 0 : left.place.relation === "upstream" ? -1 : 1) ||
        statusRank(factsOf.get(left.id)!.status) - statusRank(factsOf.get(right.id)!.status) ||
        left.order - right.order,
    );
  const shown = [
    ...keyPathIds.map((id) => ({ ...factsOf.get(id)!, relation: "keyPath" as const, hop: 0 })),
    ...neighbours.map(({ id, place }) => ({ ...factsOf.get(id)!, ...place })),
  ].slice(0, Math.max(0, input.maxInstances));
  const isShown = new Set(shown.map((instance) => instance.instanceId));
  return {
    keyPathIds,
    instances: shown,
    edges: [...edges.entries()]
      .filter(([, edge]) => isShown.has(edge.parentId) && isShown.has(edge.childId))
      .map(([key, edge]) => ({ ...edge, isOnKeyPath: keyPathEdges.has(key) })),
    totalCount: keyPathIds.length + nearest.size,
    isTotalAtLeast: input.answers.some((answer) => answer.isTruncated),
  };
}
