"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { useNow } from "@/components/instance-detail/use-now";
import { formatInstantWithZone } from "@/components/instances/instance-format";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ChevronLeftIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { isApiClientError } from "@/lib/client/api-client";
import { useBaselineInstance } from "@/lib/client/baselines/use-baseline-instance";
import { useBaselineNodes } from "@/lib/client/baselines/use-baseline-nodes";
import { usePrefetchKeyPathNeighbourhood } from "@/lib/client/baselines/use-prefetch-key-path-neighbourhood";
import { useRefreshAfterInstanceActions } from "@/lib/client/baselines/use-refresh-after-instance-actions";
import type { TBaselineInstanceDetail } from "@/lib/contracts/baselines";
import { BaselineStatusBadge } from "./baseline-status-badge";
import { BASELINE_STRINGS } from "./baseline-strings";
import { formatBuffer, formatClock } from "./baseline-time";
import { parseHops, withHops } from "./baselines-url";
import { BlockingInstancePanel } from "./blocking-instance-panel";
import { describeBaselineInstance } from "./describe-baseline";
import { KeyPathGantt } from "./key-path-gantt";
import { KeyPathNeighbourhoodGraph } from "./key-path-neighbourhood-graph";

const STRINGS = BASELINE_STRINGS.detail;

export type BaselineInstanceViewProps = { baselineId: string; bizdate: string; inGroupId: number };

/**
 * /s/…/baselines/{baselineId}/{bizdate}: one baseline instance — the plain-language prediction,
 * its facts, the instance blocking it with its actions, the key path as a graph with its
 * neighbourhood (`?hops=2` for two hops) and as a Gantt of predicted against actual times, and the
 * events on the path. Live while unfinished.
 */
export function BaselineInstanceView({ baselineId, bizdate, inGroupId }: BaselineInstanceViewProps) {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const query = useBaselineInstance(workspaceRef, baselineId, bizdate, inGroupId);
  const searchParams = useSearchParams();
  const hops = parseHops(searchParams);
  usePrefetchKeyPathNeighbourhood(workspaceRef, { baselineId, bizdate, inGroupId, hops });
  useRefreshAfterInstanceActions(workspaceRef);
  const back = (
    <Link href={`${base}/baselines?bizdate=${bizdate}`} className="inline-flex items-center gap-1 text-sm text-accent hover:underline">
      <ChevronLeftIcon size={14} /> {STRINGS.back}
    </Link>
  );
  if (query.isPending) return <Skeleton className="h-96 w-full" />;
  if (query.isError && !query.data) {
    const isMissing = isApiClientError(query.error) && query.error.status === 404;
    return (
      <div className="flex flex-col gap-3">
        {back}
        <ErrorState title={STRINGS.loadFailed} whatToDo={isMissing ? STRINGS.notFound : BASELINE_STRINGS.loadFailedWhatToDo} message={query.error.message} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return <BaselineInstanceContent detail={query.data} base={base} back={back} workspace={workspaceRef} hops={hops} />;
}

function BaselineInstanceContent({ detail, base, back, workspace, hops }: { detail: TBaselineInstanceDetail; base: string; back: React.ReactNode; workspace: { serviceId: number; projectId: string }; hops: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const now = useNow();
  const [tab, setTab] = useState<"graph" | "gantt">("graph");
  const watched = useBaselineNodes(workspace, detail.baseline.baselineId);
  const { baseline, timezone } = detail;
  const instanceHref = (instanceId: string) => `${base}/instances/${instanceId}`;
  // Stable, so the graph (hundreds of nodes) skips this page's once-a-second clock renders.
  const openInstance = useCallback((instanceId: string) => router.push(`${base}/instances/${instanceId}`), [router, base]);
  const changeHops = useCallback((next: number) => router.replace(`${pathname}${withHops(searchParams, next)}`, { scroll: false }), [router, pathname, searchParams]);
  const isFinished = baseline.finishStatus === "FINISH";
  const blockEntry = detail.blockInstance ? detail.keyPath.find((entry) => entry.instanceId === detail.blockInstance?.instanceId) : undefined;
  const isBlocking = detail.blockInstance !== null && !isFinished && (blockEntry?.status ?? detail.blockInstance.status) !== "SUCCESS";
  const line = describeBaselineInstance(detail, now);
  const topics = detail.keyPath.flatMap((entry) => entry.topics.map((topic) => ({ ...topic, nodeName: entry.nodeName })));
  const facts: [string, string, string?][] = [
    [STRINGS.facts.commitment, formatClock(baseline.slaTime, timezone), formatInstantWithZone(baseline.slaTime, timezone)],
    [STRINGS.facts.alertAt, formatClock(baseline.expTime, timezone), formatInstantWithZone(baseline.expTime, timezone)],
    isFinished
      ? [STRINGS.facts.finished, formatClock(baseline.finishTime, timezone), formatInstantWithZone(baseline.finishTime, timezone)]
      : [STRINGS.facts.predicted, formatClock(baseline.endCast, timezone), formatInstantWithZone(baseline.endCast, timezone)],
    [STRINGS.facts.buffer, formatBuffer(baseline.bufferSeconds)],
    [STRINGS.facts.owner, baseline.owner || "—"],
    [STRINGS.facts.priority, String(baseline.priority)],
  ];

  return (
    <div className="flex flex-col gap-4">
      {back}
      <header className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-lg font-semibold text-fg">{baseline.baselineName || baseline.baselineId}</h1>
          <BaselineStatusBadge status={baseline.status} isFinished={isFinished} />
          <span className="text-sm text-fg-muted">
            {baseline.bizdate}
            {baseline.inGroupId > 1 ? ` · ${STRINGS.cycle(baseline.inGroupId)}` : ""}
          </span>
        </div>
        <p className="text-base text-fg" data-testid="baseline-summary" aria-live="polite">
          {line.charAt(0).toUpperCase() + line.slice(1)}.
        </p>
        <p className="text-xs text-fg-muted">{BASELINE_STRINGS.zone(timezone)}</p>
      </header>
      <dl className="grid grid-cols-2 gap-3 rounded-md border border-border bg-surface p-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {facts.map(([label, value, title]) => (
          <div key={label}>
            <dt className="text-xs text-fg-muted">{label}</dt>
            <dd className="font-mono tabular-nums" title={title}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {isBlocking && detail.blockInstance ? (
        <BlockingInstancePanel workspace={workspace} block={detail.blockInstance} entry={blockEntry} timezone={timezone} now={now} instanceHref={instanceHref} />
      ) : (
        <p className="text-sm text-fg-muted">{STRINGS.blockingNone}</p>
      )}
      <section aria-labelledby="key-path-heading" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id="key-path-heading" className="text-sm font-semibold text-fg">
              {STRINGS.keyPath}
            </h2>
            <p className="text-xs text-fg-muted">{STRINGS.keyPathHint}</p>
          </div>
          <Tabs
            items={[
              { id: "graph", label: STRINGS.graph },
              { id: "gantt", label: STRINGS.gantt },
            ]}
            value={tab}
            onChange={(id) => setTab(id as "graph" | "gantt")}
            label={STRINGS.keyPath}
            idPrefix="key-path"
          />
        </div>
        {detail.keyPath.length === 0 ? (
          <EmptyState title={STRINGS.emptyKeyPath} description={STRINGS.emptyKeyPathHint} />
        ) : tab === "graph" ? (
          <TabPanel idPrefix="key-path" id="graph">
            <KeyPathNeighbourhoodGraph
              workspace={workspace}
              detail={detail}
              hops={hops}
              onHopsChange={changeHops}
              onOpen={openInstance}
            />
          </TabPanel>
        ) : (
          <TabPanel idPrefix="key-path" id="gantt">
            <KeyPathGantt
              entries={detail.keyPath}
              slaTime={baseline.slaTime}
              expTime={baseline.expTime}
              now={now}
              timezone={timezone}
              blockInstanceId={isBlocking ? (detail.blockInstance?.instanceId ?? null) : null}
              onOpen={(id) => router.push(instanceHref(id))}
            />
          </TabPanel>
        )}
      </section>
      {watched.data && watched.data.items.length > 0 ? (
        <section aria-labelledby="baseline-nodes-heading" className="flex flex-col gap-1">
          <h2 id="baseline-nodes-heading" className="text-sm font-semibold text-fg">
            {STRINGS.nodes}
          </h2>
          <p className="text-xs text-fg-muted">{STRINGS.nodesHint}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {watched.data.items.map((node) => (
              <li key={node.nodeId}>
                <Link href={`${base}/nodes/${node.nodeId}`} className="text-accent hover:underline">
                  {node.nodeName || node.nodeId}
                </Link>
                {node.owner ? <span className="text-fg-muted"> · {node.owner}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="path-events-heading" className="flex flex-col gap-2">
        <h2 id="path-events-heading" className="text-sm font-semibold text-fg">
          {STRINGS.events}
        </h2>
        {topics.length === 0 ? (
          <p className="text-sm text-fg-muted">{STRINGS.eventsNone}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {topics.map((topic) => (
              <li key={topic.topicId}>
                <Link href={`${base}/events/${topic.topicId}`} className="text-accent hover:underline">
                  {topic.topicName}
                </Link>
                <span className="text-fg-muted">
                  {" "}
                  · {topic.nodeName} · {formatInstantWithZone(topic.addTime, timezone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
