"use client";

import { InstanceTable } from "@/components/instances/instance-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useInstances } from "@/lib/client/instances/use-instances";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.recent;
const NO_SORT = () => {};

export type RecentInstancesPanelProps = { workspace: TWorkspaceRef; nodeId: string; timezone: string; now: number; instanceHref: (instanceId: string) => string; currentId?: string };

/** The node's latest instances (ListInstances by NodeId), newest cycle first. */
export function RecentInstancesPanel({ workspace, nodeId, timezone, now, instanceHref }: RecentInstancesPanelProps) {
  const list = useInstances(workspace, { nodeId, pageSize: 25 });
  if (list.isPending) return <SkeletonRows rows={6} columns={8} />;
  if (list.isError) return <ErrorState title={STRINGS.loadFailed} whatToDo={INSTANCE_DETAIL_STRINGS.loadFailedWhatToDo} message={list.error.message} onRetry={() => void list.refetch()} />;
  if (list.data.needsNode) return <EmptyState title={STRINGS.needsNode} />;
  if (list.data.items.length === 0) return <EmptyState title={STRINGS.empty} />;
  return <InstanceTable items={list.data.items} timezone={timezone} instanceHref={instanceHref} selection={null} sort={null} onSort={NO_SORT} now={now} isStale={list.isPlaceholderData} />;
}
