"use client";

import { memo, useMemo } from "react";
import { GraphCanvas } from "@/components/flow/graph-canvas";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useKeyPathNeighbourhood } from "@/lib/client/baselines/use-key-path-neighbourhood";
import { MAX_NEIGHBOURHOOD_HOPS, MAX_NEIGHBOURHOOD_INSTANCES, type TBaselineInstanceDetail } from "@/lib/contracts/baselines";
import { BASELINE_STRINGS } from "./baseline-strings";
import { canvasHeightFor, graphSignature, toNeighbourhoodGraph } from "./neighbourhood-graph";

const STRINGS = BASELINE_STRINGS.detail.neighbourhood;
const HOP_OPTIONS = Array.from({ length: MAX_NEIGHBOURHOOD_HOPS }, (_, index) => ({ value: String(index + 1), label: STRINGS.hopOption(index + 1) }));

export type KeyPathNeighbourhoodGraphProps = {
  workspace: TWorkspaceRef;
  detail: TBaselineInstanceDetail;
  hops: number;
  onHopsChange: (hops: number) => void;
  onOpen: (instanceId: string) => void;
};

/**
 * The key path drawn with its neighbourhood: every key path instance's upstream and downstream
 * instances (1 or 2 hops), the path in full with bold links and the blocking instance outlined,
 * the neighbours faded. Laid out by GraphCanvas (in a worker above 50 nodes), so the page stays
 * usable meanwhile. Says so when the server's cap left instances out. Memoised: the page around it
 * renders every second (its clock), and React Flow re-rendering hundreds of nodes each time would show.
 */
export const KeyPathNeighbourhoodGraph = memo(function KeyPathNeighbourhoodGraph({ workspace, detail, hops, onHopsChange, onOpen }: KeyPathNeighbourhoodGraphProps) {
  const { baseline, keyPath, timezone } = detail;
  const query = useKeyPathNeighbourhood(workspace, { baselineId: baseline.baselineId, bizdate: baseline.bizdate, inGroupId: baseline.inGroupId, hops, isFinished: baseline.finishStatus === "FINISH" });
  const neighbourhood = query.data ?? null;
  const blockInstanceId = detail.blockInstance?.instanceId ?? null;
  const fresh = useMemo(() => toNeighbourhoodGraph(neighbourhood, { keyPath, blockInstanceId, timezone }), [neighbourhood, keyPath, blockInstanceId, timezone]);
  const signature = graphSignature(fresh);
  // Keyed on what is drawn, not on `fresh`: the key path refreshes every 5 s, and a new graph means a new layout.
  const graph = useMemo(() => fresh, [signature]);
  const height = canvasHeightFor(graph.nodes.length);
  const neighbourCount = neighbourhood ? neighbourhood.instances.length - neighbourhood.keyPathIds.length : 0;
  const isCapped = neighbourhood !== null && (neighbourhood.totalCount > neighbourhood.instances.length || neighbourhood.isTotalAtLeast);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1.5">
          <span className="text-fg-muted">{STRINGS.hops}</span>
          <Select value={String(hops)} onChange={(event) => onHopsChange(Number(event.target.value))} options={HOP_OPTIONS} />
        </label>
        {neighbourhood ? (
          <span className="text-xs text-fg-muted" data-testid="key-path-neighbourhood-summary">
            {STRINGS.summary(neighbourhood.keyPathIds.length, neighbourCount)}
          </span>
        ) : null}
        <span className="text-xs text-fg-muted">{STRINGS.legend}</span>
      </div>
      {isCapped ? (
        <p className="text-sm text-warn" role="note">
          {STRINGS.capped(neighbourhood.instances.length, neighbourhood.totalCount, neighbourhood.isTotalAtLeast, neighbourhood.perSideLimit, MAX_NEIGHBOURHOOD_INSTANCES)} {STRINGS.cappedFilter(hops)}
        </p>
      ) : null}
      {neighbourhood?.source === "key-path-only" ? <p className="text-xs text-fg-muted">{STRINGS.keyPathOnly}</p> : null}
      {neighbourhood && neighbourhood.unreadCount > 0 ? <p className="text-xs text-warn">{STRINGS.unread(neighbourhood.unreadCount)}</p> : null}
      {query.isError && !query.data ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-warn">
          {STRINGS.loadFailed(query.error.message)}
          <Button size="sm" variant="secondary" onClick={() => void query.refetch()}>
            {STRINGS.retry}
          </Button>
        </p>
      ) : null}
      {query.isPending ? (
        <div role="status" aria-busy="true" style={{ height: canvasHeightFor(keyPath.length * 10) }}>
          <span className="sr-only">{STRINGS.loading}</span>
          <Skeleton className="size-full" />
        </div>
      ) : (
        <GraphCanvas nodes={graph.nodes} edges={graph.edges} height={height} onOpen={onOpen} footer={query.isPlaceholderData ? STRINGS.loadingHops(hops) : undefined} />
      )}
    </div>
  );
});
