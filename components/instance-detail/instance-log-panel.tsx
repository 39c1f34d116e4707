"use client";

import { useMemo } from "react";
import { LogViewer } from "@/components/log-viewer/log-viewer";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { isUnfinished } from "@/lib/client/instance-detail/refresh";
import { visibleLines } from "@/lib/client/instance-detail/log-state";
import { useInstanceLog } from "@/lib/client/instance-detail/use-instance-log";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.log;

/** The instance's log, tailed live while it has not finished. */
export function InstanceLogPanel({ workspace, instanceId, hasRun }: { workspace: TWorkspaceRef; instanceId: string; hasRun: boolean }) {
  const log = useInstanceLog(workspace, instanceId);
  const lines = useMemo(() => visibleLines(log.data), [log.data]);
  if (log.isPending) return <Skeleton className="h-96 w-full" />;
  if (log.isError && !log.data) {
    return <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={log.error.message} onRetry={() => void log.refetch()} isRetrying={log.isFetching} />;
  }
  return (
    <LogViewer
      lines={lines}
      isLive={isUnfinished(log.data?.status)}
      fileName={STRINGS.fileName(instanceId)}
      notice={log.data?.isCutByUpstream ? STRINGS.cutByUpstream : undefined}
      empty={<EmptyState title={hasRun ? STRINGS.empty : STRINGS.emptyNotStarted} />}
    />
  );
}
