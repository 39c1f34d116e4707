"use client";

import Link from "next/link";
import { useEffect } from "react";
import { InstanceActions } from "@/components/instance-detail/instance-actions";
import { formatDuration } from "@/components/instances/instance-format";
import { InstanceStatusBadge } from "@/components/instances/status-badge";
import { Skeleton } from "@/components/ui/skeleton";
import { useMe } from "@/lib/client/auth/use-me";
import { useInstanceDetail } from "@/lib/client/instance-detail/use-instance-detail";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TBaselineInstanceRef, TKeyPathEntry } from "@/lib/contracts/baselines";
import { BASELINE_STRINGS } from "./baseline-strings";
import { formatClock } from "./baseline-time";

const STRINGS = BASELINE_STRINGS.detail;

export type BlockingInstancePanelProps = {
  workspace: TWorkspaceRef;
  block: TBaselineInstanceRef;
  entry: TKeyPathEntry | undefined;
  timezone: string;
  now: number;
  instanceHref: (instanceId: string) => string;
};

/**
 * The instance holding the baseline up, with the instance page's own actions (rerun, stop,
 * set-success, suspend, resume): the same confirmation dialog with its preview, reason, request
 * key and audit. Its facts are read live so the buttons match its state now.
 */
export function BlockingInstancePanel({ workspace, block, entry, timezone, now, instanceHref }: BlockingInstancePanelProps) {
  const me = useMe();
  const detail = useInstanceDetail(workspace, block.instanceId);
  // The key path refreshes faster than a finished instance's facts: follow its status changes.
  const pathStatus = entry?.status ?? String(block.status);
  const { refetch } = detail;
  useEffect(() => {
    void refetch();
  }, [pathStatus, refetch]);
  const instance = detail.data?.instance;
  const running = instance?.beginRunningTime && !instance.finishTime ? now - Date.parse(instance.beginRunningTime) : null;
  return (
    <section aria-labelledby="blocking-heading" className="flex flex-col gap-2 rounded-md border border-warn bg-warn-soft/40 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="blocking-heading" className="text-sm font-semibold text-fg">
          {STRINGS.blocking}:{" "}
          <Link href={instanceHref(block.instanceId)} className="text-accent hover:underline">
            {block.nodeName || block.instanceId}
          </Link>
        </h2>
        {instance ? <InstanceStatusBadge status={instance.status} isSuspended={instance.isSuspended} /> : <InstanceStatusBadge status={String(block.status)} />}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-fg-muted">{STRINGS.legend.predicted}</dt>
          <dd className="font-mono tabular-nums">
            {formatClock(entry?.beginCast ?? null, timezone)}–{formatClock(entry?.endCast ?? block.endCast, timezone)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-fg-muted">{STRINGS.legend.actual}</dt>
          <dd className="font-mono tabular-nums">
            {formatClock(instance?.beginRunningTime ?? entry?.beginRunningTime ?? null, timezone)}–{formatClock(instance?.finishTime ?? entry?.finishTime ?? null, timezone)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-fg-muted">{STRINGS.runningFor}</dt>
          <dd className="tabular-nums">{formatDuration(running)}</dd>
        </div>
        <div>
          <dt className="text-xs text-fg-muted">{STRINGS.usuallyTakes}</dt>
          <dd className="tabular-nums">{formatDuration(entry?.usualDurationSeconds ? entry.usualDurationSeconds * 1000 : null)}</dd>
        </div>
      </dl>
      {instance?.status === "FAILURE" && (instance.retriesLeft ?? 0) > 0 ? <p className="text-sm text-fg-muted">{STRINGS.rerunsBySelf(instance.retriesLeft ?? 0)}</p> : null}
      {instance ? (
        <InstanceActions workspace={workspace} instance={instance} canAct={me.can("operator")} instanceHref={instanceHref} />
      ) : detail.isError ? (
        <p className="text-sm text-fg-muted">{detail.error.message}</p>
      ) : (
        <Skeleton className="h-8 w-96" />
      )}
    </section>
  );
}
