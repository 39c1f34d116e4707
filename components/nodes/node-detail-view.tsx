"use client";

import Link from "next/link";
import { useMemo, useState, type ReactNode } from "react";
import { BackfillDialog } from "@/components/dags/backfill-dialog";
import { RecentInstancesPanel } from "@/components/instance-detail/recent-instances-panel";
import { DetailQueryState } from "@/components/shell/detail-query-state";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { Button } from "@/components/ui/button";
import { ChevronLeftIcon, PauseIcon, PlayIcon } from "@/components/ui/icons";
import { useMe } from "@/lib/client/auth/use-me";
import { useNodeDetail } from "@/lib/client/nodes/use-node-detail";
import { describeSchedule } from "./describe-schedule";
import { NodeCodePanel } from "./node-code-panel";
import { NodeOwnerDialog } from "./node-owner-dialog";
import { NodeRelatives } from "./node-relatives";
import { NodeRunModeDialog } from "./node-run-mode-dialog";
import { NodeStateBadge } from "./node-state-badge";
import { NODE_STRINGS } from "./node-strings";
import { SmokeTestDialog } from "./smoke-test-dialog";
import { useNow } from "@/components/instance-detail/use-now";

const STRINGS = NODE_STRINGS.detail;
const FIELDS = STRINGS.fields;
/** The node page while it loads: definition, then relatives and instances. */
const NODE_SKELETON = ["h-32 w-full", "h-64 w-full"] as const;

type OpenDialog = "run-mode" | "owner" | "smoke-test" | "backfill" | null;

function Fact({ label, children, isWide = false }: { label: string; children: ReactNode; isWide?: boolean }) {
  return (
    <div className={isWide ? "col-span-2 min-w-0 md:col-span-4" : "min-w-0"}>
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="text-sm break-words text-fg">{children}</dd>
    </div>
  );
}

/**
 * /s/…/nodes/[nodeId]: the node's definition (cron in words, resource group, rerun settings), its
 * code, parents and children, recent instances, and — for operators — freeze / unfreeze, owner
 * change, smoke test and backfill, each confirmed with a reason and audited.
 */
export function NodeDetailView({ nodeId }: { nodeId: string }) {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const nodeHref = (id: string) => `${base}/nodes/${id}`;
  const dagHref = (id: string) => `${base}/dags/${id}`;
  const instanceHref = (id: string) => `${base}/instances/${id}`;
  const detail = useNodeDetail(workspaceRef, nodeId);
  const me = useMe();
  const now = useNow();
  const [dialog, setDialog] = useState<OpenDialog>(null);

  if (detail.isPending || detail.isError) return <DetailQueryState query={detail} strings={STRINGS} listHref={`${base}/nodes`} blocks={NODE_SKELETON} />;

  const { node, parents, children, timezone } = detail.data;
  const canAct = me.can("operator");
  const actionTitle = canAct ? undefined : NODE_STRINGS.actions.viewerHint;
  const asRelative = { nodeId: node.nodeId, name: node.name, owner: node.owner, programType: node.programType, schedulerType: node.schedulerType, cronExpress: node.cronExpress };
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link href={`${base}/nodes`} className="inline-flex items-center gap-1 text-xs text-fg-muted hover:text-fg">
            <ChevronLeftIcon size={12} />
            {STRINGS.backToList}
          </Link>
          <h1 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-fg">
            {node.name}
            <NodeStateBadge schedulerType={node.schedulerType} />
          </h1>
          <p className="text-xs text-fg-muted">
            {FIELDS.nodeId} <span className="font-mono">{node.nodeId}</span> · {STRINGS.timesIn(formatZoneLabel(timezone, new Date(now)))}
          </p>
        </div>
        <div role="toolbar" aria-label={NODE_STRINGS.actions.toolbarLabel} className="flex flex-wrap gap-1.5">
          <Button size="sm" variant={node.isFrozen ? "secondary" : "danger"} icon={node.isFrozen ? <PlayIcon size={14} /> : <PauseIcon size={14} />} disabled={!canAct || node.schedulerType === "MANUAL"} title={actionTitle} onClick={() => setDialog("run-mode")}>
            {node.isFrozen ? NODE_STRINGS.actions.unfreeze : NODE_STRINGS.actions.freeze}
          </Button>
          <Button size="sm" disabled={!canAct} title={actionTitle} onClick={() => setDialog("owner")}>
            {NODE_STRINGS.actions.changeOwner}
          </Button>
          <Button size="sm" disabled={!canAct} title={actionTitle} onClick={() => setDialog("smoke-test")}>
            {NODE_STRINGS.actions.smokeTest}
          </Button>
          <Button size="sm" disabled={!canAct} title={actionTitle} onClick={() => setDialog("backfill")}>
            {NODE_STRINGS.actions.backfill}
          </Button>
        </div>
      </header>

      <section className="rounded-md border border-border bg-surface p-3">
        <h2 className="mb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.definition}</h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 md:grid-cols-4">
          <Fact label={FIELDS.schedule}>{describeSchedule(node.schedule)}</Fact>
          <Fact label={FIELDS.cron}>
            <span className="font-mono text-xs">{node.cronExpress || FIELDS.none}</span>
          </Fact>
          <Fact label={FIELDS.owner}>{node.owner || FIELDS.none}</Fact>
          <Fact label={FIELDS.programType}>{node.programType || FIELDS.none}</Fact>
          <Fact label={FIELDS.resourceGroup}>{node.resourceGroup ?? FIELDS.none}</Fact>
          <Fact label={FIELDS.priority}>{node.priority ?? FIELDS.none}</Fact>
          <Fact label={FIELDS.rerun}>{node.isRerunnable ? FIELDS.yes : FIELDS.no}</Fact>
          <Fact label={FIELDS.rerunInterval}>{node.rerunIntervalSeconds === null ? FIELDS.none : FIELDS.seconds(node.rerunIntervalSeconds)}</Fact>
          <Fact label={FIELDS.schedulerType}>{node.schedulerType}</Fact>
          <Fact label={FIELDS.baseline}>{node.baselineId ?? FIELDS.none}</Fact>
          <Fact label={FIELDS.connection}>{node.connection || FIELDS.none}</Fact>
          <Fact label={FIELDS.parameters}>
            <span className="font-mono text-xs">{node.paramValues || FIELDS.none}</span>
          </Fact>
          {node.description ? (
            <Fact label={FIELDS.description} isWide>
              {node.description}
            </Fact>
          ) : null}
        </dl>
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <NodeRelatives title={STRINGS.parents} nodes={parents} empty={STRINGS.noParents} nodeHref={nodeHref} />
        <NodeRelatives title={STRINGS.children} nodes={children} empty={STRINGS.noChildren} nodeHref={nodeHref} />
      </div>

      <section>
        <h2 className="mb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.code}</h2>
        <NodeCodePanel workspace={workspaceRef} nodeId={node.nodeId} />
      </section>

      <section>
        <div className="mb-2 flex items-center justify-between">
          <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.recent}</h2>
          <Link href={`${base}/instances?nodeId=${node.nodeId}`} className="text-xs text-accent hover:underline">
            {STRINGS.allInstances}
          </Link>
        </div>
        <RecentInstancesPanel workspace={workspaceRef} nodeId={node.nodeId} timezone={timezone} now={now} instanceHref={instanceHref} />
      </section>

      <NodeRunModeDialog workspace={workspaceRef} node={node} open={dialog === "run-mode"} onClose={() => setDialog(null)} />
      <NodeOwnerDialog workspace={workspaceRef} node={node} open={dialog === "owner"} onClose={() => setDialog(null)} />
      <SmokeTestDialog workspace={workspaceRef} node={node} timezone={timezone} open={dialog === "smoke-test"} onClose={() => setDialog(null)} dagHref={dagHref} />
      <BackfillDialog workspace={workspaceRef} timezone={timezone} open={dialog === "backfill"} onClose={() => setDialog(null)} initialRoot={asRelative} dagHref={dagHref} />
    </div>
  );
}
