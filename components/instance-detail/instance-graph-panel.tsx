"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { GraphCanvas } from "@/components/flow/graph-canvas";
import type { InstanceNodeData } from "@/components/flow/graph-elements";
import { formatInstanceTime } from "@/components/instances/instance-format";
import { ErrorState } from "@/components/ui/error-state";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { useInstanceGraph } from "@/lib/client/instance-detail/use-instance-graph";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { GRAPH_DIRECTIONS, MAX_GRAPH_DEPTH, type TGraphDirection } from "@/lib/contracts/instance-detail";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.graph;

export type InstanceGraphPanelProps = {
  workspace: TWorkspaceRef;
  instanceId: string;
  timezone: string;
  depth: number;
  direction: TGraphDirection;
  onChange: (next: { depth: number; direction: TGraphDirection }) => void;
  instanceHref: (instanceId: string) => string;
};

/** The upstream / downstream graph around the instance, with depth (1–5) and direction; a click opens an instance. */
export function InstanceGraphPanel({ workspace, instanceId, timezone, depth, direction, onChange, instanceHref }: InstanceGraphPanelProps) {
  const router = useRouter();
  const graph = useInstanceGraph(workspace, instanceId, depth, direction);
  const nodes = useMemo<InstanceNodeData[]>(
    () =>
      (graph.data?.instances ?? []).map((instance) => ({
        instanceId: instance.instanceId,
        title: instance.nodeName || instance.instanceId,
        subtitle: formatInstanceTime(instance.cycTime, timezone).slice(6),
        status: instance.status,
        isSuspended: instance.isSuspended,
        isCenter: instance.instanceId === instanceId,
        isDimmed: false,
      })),
    [graph.data, instanceId, timezone],
  );
  const edges = useMemo(() => (graph.data?.edges ?? []).map((edge) => ({ source: edge.parentId, target: edge.childId })), [graph.data]);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1.5">
          <span className="text-fg-muted">{STRINGS.depth}</span>
          <Select
            value={String(depth)}
            onChange={(event) => onChange({ depth: Number(event.target.value), direction })}
            options={Array.from({ length: MAX_GRAPH_DEPTH }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }))}
          />
        </label>
        <label className="flex items-center gap-1.5">
          <span className="text-fg-muted">{STRINGS.direction}</span>
          <Select
            value={direction}
            onChange={(event) => onChange({ depth, direction: event.target.value as TGraphDirection })}
            options={GRAPH_DIRECTIONS.map((value) => ({ value, label: STRINGS.directions[value] }))}
          />
        </label>
        {graph.data ? <span className="text-xs text-fg-muted">{STRINGS.summary(graph.data.instances.length, graph.data.edges.length)}</span> : null}
        {graph.data?.isTruncated ? <span className="text-xs text-warn">{STRINGS.truncated}</span> : null}
        {graph.data?.source === "node-dependencies" ? <span className="text-xs text-fg-muted">{STRINGS.fromNodes}</span> : null}
      </div>
      {graph.isPending ? (
        <Skeleton className="h-[480px] w-full" />
      ) : graph.isError && !graph.data ? (
        <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={graph.error.message} onRetry={() => void graph.refetch()} />
      ) : (
        <GraphCanvas nodes={nodes} edges={edges} height={480} onOpen={(id) => router.push(instanceHref(id))} />
      )}
    </div>
  );
}
