"use client";

import { Badge } from "@/components/ui/badge";
import { CheckCircleIcon, CircleDashedIcon, XCircleIcon } from "@/components/ui/icons";
import type { TDataServiceTestResult, TEngineHealthSummary } from "@/lib/contracts/data-services";
import { formatZoneOffset } from "@/components/shell/zone-label";
import { DATA_SERVICES_STRINGS as S } from "./data-services-strings";
import { formatUptime, toFieldLabel, toStatusCounts } from "./engine-health-format";
import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";

const STEP_ICONS = { ok: CheckCircleIcon, failed: XCircleIcon, skipped: CircleDashedIcon } as const;
const STEP_CLASSES = { ok: "text-ok", failed: "text-danger", skipped: "text-fg-muted" } as const;

/** The steps of a data-service test, then (for the embedded engine) what the engine says about itself. */
export function TestResultView({ result, browserZone }: { result: TDataServiceTestResult; browserZone: string }) {
  const checkedAt = new Date(result.checkedAt);
  return (
    <div className="flex flex-col gap-4 text-sm">
      <p className={result.status === "ok" ? "font-medium text-ok" : "font-medium text-danger"} role="status">
        {result.status === "ok" ? S.result.summaryOk(result.projectCount ?? 0, result.latencyMs) : S.result.summaryFailed}
      </p>
      <ol className="flex flex-col gap-2" aria-label={S.result.title("")}>
        {result.steps.map((step) => {
          const Icon = STEP_ICONS[step.status];
          return (
            <li key={step.step} className="flex gap-2">
              <Icon size={16} className={`mt-0.5 shrink-0 ${STEP_CLASSES[step.status]}`} label={S.result.stepStatus[step.status]} />
              <div className="min-w-0">
                <p className="font-medium">
                  {S.result.steps[step.step]} <span className="font-normal text-fg-muted">— {S.result.stepStatus[step.status]}</span>
                </p>
                <p className="break-words text-fg-muted">{step.detail}</p>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-fg-muted">
        {S.result.checkedAt} <time dateTime={result.checkedAt}>{formatZonedDateTime(result.checkedAt, browserZone)}</time> {browserZone} ({formatZoneOffset(browserZone, checkedAt)})
      </p>
      {result.engine ? <EngineFacts engine={result.engine} /> : null}
    </div>
  );
}

const ENGINE_STATE_TONES = { up: "ok", unhealthy: "warn", down: "danger" } as const;

function EngineFacts({ engine }: { engine: TEngineHealthSummary }) {
  const counts = engine.instancesByStatus ? toStatusCounts(engine.instancesByStatus) : [];
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const facts: [string, string][] = [
    ...(engine.engineId ? [[S.result.engineId, engine.engineId] as [string, string]] : []),
    ...(engine.version ? [[S.result.apiVersion, engine.version] as [string, string]] : []),
    ...(engine.dialect ? [[S.result.database, engine.dialect] as [string, string]] : []),
    ...(engine.uptimeSeconds !== null ? [[S.result.uptime, formatUptime(engine.uptimeSeconds)] as [string, string]] : []),
    ...engine.otherFacts.map((fact) => [toFieldLabel(fact.name), fact.value] as [string, string]),
  ];
  return (
    <section aria-labelledby="engine-facts-heading" className="flex flex-col gap-3 border-t border-border pt-4">
      <div className="flex items-center gap-2">
        <h3 id="engine-facts-heading" className="font-semibold">
          {S.result.engineTitle}
        </h3>
        <Badge tone={ENGINE_STATE_TONES[engine.state]}>{S.result.engineState[engine.state]}</Badge>
      </div>
      {engine.state !== "up" ? (
        <>
          {engine.message ? <p className="text-fg-muted">{engine.message}</p> : null}
          <p>{S.result.engineDownWhatToDo}</p>
        </>
      ) : null}
      {facts.length > 0 ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-fg-muted">{term}</dt>
              <dd className="font-mono text-xs break-all">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {engine.instancesByStatus ? (
        <div>
          <h4 className="mb-1 font-medium">{S.result.instancesTitle}</h4>
          {counts.length === 0 ? (
            <p className="text-fg-muted">{S.result.noInstances}</p>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {counts.map((entry) => (
                <li key={entry.status}>
                  <Badge tone={entry.tone} title={entry.status}>
                    {entry.label} <span className="tabular-nums">{entry.count}</span>
                  </Badge>
                </li>
              ))}
              <li>
                <Badge>
                  {S.result.instancesTotal} <span className="tabular-nums">{total}</span>
                </Badge>
              </li>
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
