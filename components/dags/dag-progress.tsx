import Link from "next/link";
import { formatDuration, formatInstantWithZone } from "@/components/instances/instance-format";
import { statusStyleOf } from "@/components/instances/status-style";
import type { TDagProgress } from "@/lib/contracts/dags";
import { DAG_STRINGS } from "./dag-strings";
import { elapsedMs, progressSegments } from "./progress-segments";

const STRINGS = DAG_STRINGS.detail;

export type DagProgressProps = { progress: TDagProgress; timezone: string; now: number; statusHref: (status: string) => string };

/** Counts by status as a bar and a legend (icon + label + count, each linking to those instances), % done, start, finish, elapsed. */
export function DagProgress({ progress, timezone, now, statusHref }: DagProgressProps) {
  const segments = progressSegments(progress.counts);
  const elapsed = elapsedMs(progress.startedAt, progress.finishedAt, now);
  return (
    <section aria-label={STRINGS.progress} className="flex flex-col gap-2 rounded-md border border-border bg-surface p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.progress}</h2>
        <p className="text-sm text-fg">
          <span className="text-lg font-semibold tabular-nums">{STRINGS.percentDone(progress.percentDone)}</span>
          <span className="ml-2 text-fg-muted">{STRINGS.finishedOf(progress.finished, progress.total)}</span>
          {progress.suspended > 0 ? <span className="ml-2 text-warn">{STRINGS.suspended(progress.suspended)}</span> : null}
        </p>
      </div>
      <div className="flex h-3 w-full overflow-hidden rounded-sm bg-surface-muted" role="img" aria-label={segments.map((segment) => STRINGS.statusCount(statusStyleOf(segment.status).label, segment.count)).join(", ")}>
        {segments.map((segment) => (
          <div key={segment.status} style={{ width: `${segment.percent}%`, backgroundColor: statusStyleOf(segment.status).color }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {segments.map((segment) => {
          const style = statusStyleOf(segment.status);
          return (
            <li key={segment.status}>
              <Link href={statusHref(segment.status)} className="inline-flex items-center gap-1 hover:underline" aria-label={STRINGS.instanceLink(segment.status)}>
                <style.Icon size={12} className={style.textClass} />
                <span className="text-fg">{style.label}</span>
                <span className="font-medium tabular-nums text-fg">{segment.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs">
        <div className="flex gap-1">
          <dt className="text-fg-muted">{STRINGS.started}</dt>
          <dd className="text-fg">{progress.startedAt ? formatInstantWithZone(progress.startedAt, timezone) : STRINGS.notYet}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-fg-muted">{STRINGS.finished}</dt>
          <dd className="text-fg">{progress.finishedAt ? formatInstantWithZone(progress.finishedAt, timezone) : STRINGS.notYet}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-fg-muted">{STRINGS.elapsed}</dt>
          <dd className="text-fg tabular-nums">{formatDuration(elapsed)}</dd>
        </div>
      </dl>
      {progress.isCapped ? <p className="text-xs text-warn">{STRINGS.capped}</p> : null}
    </section>
  );
}
