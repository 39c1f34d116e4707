import { formatDuration } from "@/components/instances/instance-format";
import { cn } from "@/components/ui/cn";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";
import { timelineShares, type TTimingPhase, type TTimingSegment } from "./instance-timings";

const STRINGS = INSTANCE_DETAIL_STRINGS.timings;

/** Phases are told apart by pattern and label too, not by colour alone. */
const PHASE_CLASSES: Record<TTimingPhase, string> = {
  waitingForTime: "bg-info-soft border-info",
  waitingForResources: "bg-warn-soft border-warn",
  running: "bg-accent border-accent",
};

/** A small timeline bar of where an instance's time went, with each phase's duration beside it. */
export function TimingBar({ segments }: { segments: readonly TTimingSegment[] }) {
  if (segments.length === 0) return <p className="text-xs text-fg-muted">{STRINGS.none}</p>;
  const shares = timelineShares(segments);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex h-3 w-full overflow-hidden rounded-sm border border-border" role="img" aria-label={shares.map((share) => `${STRINGS.phase[share.phase]} ${formatDuration(share.durationMs)}`).join(", ")}>
        {shares.map((share) => (
          <div
            key={share.phase}
            className={cn("h-full border-r last:border-r-0", PHASE_CLASSES[share.phase], share.isOngoing && "motion-safe:animate-pulse")}
            style={{ width: `${share.percent}%`, backgroundImage: share.phase === "waitingForResources" ? "repeating-linear-gradient(45deg, transparent 0 3px, var(--warn) 3px 4px)" : undefined }}
          />
        ))}
      </div>
      <dl className="flex flex-wrap gap-x-4 gap-y-0.5 text-xs">
        {shares.map((share) => (
          <div key={share.phase} className="flex items-center gap-1.5">
            <span aria-hidden className={cn("inline-block size-2.5 rounded-sm border", PHASE_CLASSES[share.phase])} />
            <dt className="text-fg-muted">{STRINGS.phase[share.phase]}</dt>
            <dd className="font-medium tabular-nums text-fg">
              {formatDuration(share.durationMs)}
              {share.isOngoing ? ` ${STRINGS.ongoing}` : ""}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
