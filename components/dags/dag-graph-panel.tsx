"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { GraphCanvas } from "@/components/flow/graph-canvas";
import { FLOW_STRINGS } from "@/components/flow/flow-strings";
import type { InstanceNodeData } from "@/components/flow/graph-elements";
import { formatInstanceTime } from "@/components/instances/instance-format";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useDagGraph } from "@/lib/client/dags/use-dag-graph";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { DAG_STRINGS } from "./dag-strings";

const STRINGS = DAG_STRINGS.detail;

/** A DAG's instances as a graph; above 5,000 instances, a "filter first" view with a link to the list. */
export function DagGraphPanel({ workspace, dagId, timezone, instanceHref, listHref }: { workspace: TWorkspaceRef; dagId: string; timezone: string; instanceHref: (id: string) => string; listHref: string }) {
  const router = useRouter();
  const graph = useDagGraph(workspace, dagId);
  const nodes = useMemo<InstanceNodeData[]>(
    () =>
      (graph.data?.instances ?? []).map((instance) => ({
        instanceId: instance.instanceId,
        title: instance.nodeName || instance.instanceId,
        subtitle: formatInstanceTime(instance.cycTime, timezone).slice(6),
        status: instance.status,
        isSuspended: instance.isSuspended,
        isCenter: false,
        isDimmed: false,
      })),
    [graph.data, timezone],
  );
  const edges = useMemo(() => (graph.data?.edges ?? []).map((edge) => ({ source: edge.parentId, target: edge.childId })), [graph.data]);
  if (graph.isPending) return <Skeleton className="h-[560px] w-full" />;
  if (graph.isError && !graph.data) return <ErrorState title={STRINGS.graphLoadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={graph.error.message} onRetry={() => void graph.refetch()} />;
  if (graph.data?.isTooLarge) {
    return (
      <EmptyState
        title={FLOW_STRINGS.tooLargeTitle(graph.data.instanceCount)}
        description={FLOW_STRINGS.tooLargeHint}
        action={
          <a href={listHref} className="text-sm text-accent hover:underline">
            {STRINGS.openInstances}
          </a>
        }
      />
    );
  }
  const notes = [graph.data?.isPartial ? STRINGS.graphPartial : null, graph.data?.source === "node-dependencies" ? STRINGS.graphFromNodes : null].filter(Boolean).join(" ");
  return <GraphCanvas nodes={nodes} edges={edges} height={560} onOpen={(id) => router.push(instanceHref(id))} footer={notes || undefined} />;
}
