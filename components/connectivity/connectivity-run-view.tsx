"use client";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { InfoIcon } from "@/components/ui/icons";
import type { TConnectivityRun, TConnectivityStep, TConnectivityTarget } from "@/lib/contracts/connectivity";
import { ConnectStateBadge } from "./connect-state-badge";
import { STEP_OUTCOME_TONES } from "./connect-state-style";
import { CONNECTIVITY_STRINGS as S } from "./connectivity-strings";
import { formatDuration } from "./format-duration";
import { layoutTimeline } from "./step-timeline";

const BAR_CLASSES: Record<TConnectivityStep["outcome"], string> = {
  passed: "bg-ok",
  failed: "bg-danger",
  running: "bg-info",
  skipped: "bg-border",
  unknown: "bg-fg-muted",
};

function StepTimeline({ target }: { target: TConnectivityTarget }) {
  const { bars, totalMs } = layoutTimeline(target.steps);
  const failed = target.steps.find((step) => step.outcome === "failed");
  if (target.steps.length === 0) return <p className="text-sm text-fg-muted">{S.result.noSteps}</p>;
  return (
    <div className="flex flex-col gap-2">
      <ol className="flex flex-col gap-1" aria-label={S.result.steps}>
        {target.steps.map((step) => {
          const bar = bars.find((item) => item.seq === step.seq);
          const isFailed = step.outcome === "failed";
          return (
            <li
              key={step.seq}
              data-step-code={step.code ?? undefined}
              data-outcome={step.outcome}
              className={cn("grid grid-cols-[minmax(10rem,14rem)_5.5rem_1fr_4.5rem] items-center gap-2 rounded px-1 py-0.5 text-sm", isFailed && "bg-danger-soft")}
            >
              <span className={cn("truncate", isFailed && "font-semibold text-danger")} title={step.code ?? undefined}>
                {step.name}
              </span>
              <Badge tone={STEP_OUTCOME_TONES[step.outcome]}>{S.outcomes[step.outcome]}</Badge>
              <span className={cn("relative h-2 rounded", bars.length > 0 && "bg-surface-muted")} aria-hidden="true">
                {bar ? <span className={cn("absolute top-0 h-2 rounded", BAR_CLASSES[step.outcome])} style={{ left: `${bar.offsetPercent}%`, width: `${bar.widthPercent}%` }} /> : null}
              </span>
              <span className="text-right text-xs text-fg-muted tabular-nums">{formatDuration(step.durationMs)}</span>
              {step.message && !isFailed ? <span className="col-span-4 pl-2 text-xs text-fg-muted">{step.message}</span> : null}
            </li>
          );
        })}
      </ol>
      {totalMs !== null ? <p className="text-xs text-fg-muted">{`${S.result.duration}: ${formatDuration(totalMs)}`}</p> : null}
      {failed && target.state === "Connectable" ? (
        <p className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn" data-testid="tolerated-step">
          {S.result.tolerated(failed.name)}
        </p>
      ) : null}
      {failed && target.state !== "Connectable" ? (
        <div role="alert" className="rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm" data-testid="failed-step">
          <p className="font-semibold text-danger">{S.result.failedAt(failed.name)}</p>
          {failed.message ? <p className="mt-1 break-words">{failed.message}</p> : null}
          {failed.advice ? (
            <p className="mt-1">
              <span className="font-medium">{S.result.advice}: </span>
              {failed.advice}
            </p>
          ) : null}
          {failed.inferred ? <p className="mt-1 text-xs text-fg-muted">{S.result.inferred}</p> : null}
        </div>
      ) : null}
      {target.steps.some((step) => step.synthetic) ? <p className="text-xs text-fg-muted">{S.result.synthetic}</p> : null}
    </div>
  );
}

function TargetView({ target, showRole }: { target: TConnectivityTarget; showRole: boolean }) {
  const roleLabel = target.role === "source" ? S.result.source : target.role === "destination" ? S.result.destination : null;
  return (
    <section className="flex flex-col gap-2 rounded-lg border border-border p-3" aria-label={target.label} data-target-key={target.key}>
      <header className="flex flex-wrap items-center gap-2">
        {showRole && roleLabel ? <span className="text-xs font-semibold text-fg-muted uppercase">{roleLabel}</span> : null}
        <span className="font-medium">{target.label}</span>
        {target.via ? <span className="text-xs text-fg-muted">{`${S.result.from} ${target.via}`}</span> : null}
        <span className="ml-auto">
          <ConnectStateBadge state={target.state} title={target.providerState ?? undefined} />
        </span>
      </header>
      {target.message && !target.steps.some((step) => step.outcome === "failed") ? <p className="text-sm break-words text-fg-muted">{target.message}</p> : null}
      <StepTimeline target={target} />
    </section>
  );
}

/** One run of any provider — a DataWorks test, a pair, a DTS / DLI / DRS check — shown the same way. */
export function ConnectivityRunView({ run }: { run: TConnectivityRun }) {
  const extra = Object.entries(run.extra);
  // Advice already shown at a failed step is not repeated; the console's hint only where the service gave none.
  const shownAtSteps = new Set(run.targets.flatMap((target) => target.steps.map((step) => step.advice).filter((text): text is string => text !== null)));
  const providerAdvice = run.advice.filter((advice) => advice.source === "provider" && !shownAtSteps.has(advice.text));
  const hasProviderAdvice = run.advice.some((advice) => advice.source === "provider") || shownAtSteps.size > 0;
  const consoleAdvice = hasProviderAdvice ? [] : run.advice.filter((advice) => advice.source === "console");
  const hasFailedStep = run.targets.some((target) => target.steps.some((step) => step.outcome === "failed"));
  return (
    <div className="flex flex-col gap-3" data-testid="connectivity-run" data-state={run.state}>
      <div className="flex flex-wrap items-center gap-2" role="status">
        <ConnectStateBadge state={run.state} />
        {run.progress !== null ? <span className="text-sm text-fg-muted">{S.result.progress(Math.round(run.progress * 100))}</span> : null}
        {run.message && !hasFailedStep ? <span className="text-sm break-words">{run.message}</span> : null}
      </div>
      {run.apiError ? (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {S.result.callFailed}: {[run.apiError.httpStatus ? `HTTP ${run.apiError.httpStatus}` : null, run.apiError.code, run.apiError.message].filter(Boolean).join(" · ")}
        </p>
      ) : null}
      {run.targets.map((target) => (
        <TargetView key={target.key} target={target} showRole={run.targets.length > 1} />
      ))}
      {providerAdvice.length > 0 || consoleAdvice.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {providerAdvice.map((advice) => (
            <li key={`p-${advice.targetKey}-${advice.text}`}>
              <span className="font-medium">{S.result.providerAdvice}: </span>
              {advice.text}
            </li>
          ))}
          {consoleAdvice.map((advice) => (
            <li key={`c-${advice.text}`} className="flex gap-1.5 text-fg-muted">
              <InfoIcon size={14} className="mt-0.5 shrink-0" />
              <span>
                <span className="font-medium">{S.result.consoleAdvice}: </span>
                {advice.text}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {extra.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-fg-muted" aria-label={S.result.extra}>
          {extra.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-mono">{key}</dt>
              <dd className="break-all">{String(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {run.runId ? <p className="text-xs text-fg-muted">{`${S.result.requestId} ${run.runId}`}</p> : null}
    </div>
  );
}
