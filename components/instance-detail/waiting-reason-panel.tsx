import Link from "next/link";
import { InstanceStatusBadge } from "@/components/instances/status-badge";
import { AlertTriangleIcon, InfoIcon, PauseIcon } from "@/components/ui/icons";
import type { TWaitingReason } from "@/lib/contracts/instance-detail";
import { describeWaitingReason } from "./describe-waiting-reason";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.waiting;

export type WaitingReasonPanelProps = { reason: TWaitingReason; timezone: string; instanceHref: (instanceId: string) => string };

/** The explicit waiting reason: what holds the instance back, with the blocking upstream instances linked. */
export function WaitingReasonPanel({ reason, timezone, instanceHref }: WaitingReasonPanelProps) {
  const isProblem = reason.kind === "frozen" || (reason.kind === "upstream" && reason.blockers.some((blocker) => blocker.status === "FAILURE"));
  const Icon = reason.kind === "suspended" ? PauseIcon : isProblem ? AlertTriangleIcon : InfoIcon;
  return (
    <section aria-label={STRINGS.title} className={isProblem || reason.kind === "suspended" ? "rounded-md border border-warn bg-warn-soft p-3" : "rounded-md border border-border bg-surface-muted p-3"}>
      <h2 className="mb-1 flex items-center gap-1.5 text-xs font-semibold tracking-wide text-fg-muted uppercase">
        <Icon size={14} className={isProblem ? "text-warn" : "text-fg-muted"} />
        {STRINGS.title}
      </h2>
      <p className="text-sm text-fg">{describeWaitingReason(reason, timezone)}</p>
      {reason.kind === "upstream" ? (
        <>
          <ul className="mt-2 flex flex-col gap-1">
            {reason.blockers.map((blocker) => (
              <li key={blocker.instanceId} className="flex items-center gap-2 text-sm">
                <InstanceStatusBadge status={blocker.status} isSuspended={blocker.isSuspended} />
                <Link href={instanceHref(blocker.instanceId)} className="font-medium text-accent hover:underline">
                  {blocker.nodeName || blocker.instanceId}
                </Link>
                <span className="font-mono text-xs text-fg-muted">{blocker.instanceId}</span>
              </li>
            ))}
            {reason.moreCount > 0 ? <li className="text-xs text-fg-muted">{STRINGS.upstreamMore(reason.moreCount)}</li> : null}
          </ul>
          {isProblem ? <p className="mt-2 text-xs text-warn">{STRINGS.failedUpstreamHint}</p> : null}
        </>
      ) : null}
    </section>
  );
}
