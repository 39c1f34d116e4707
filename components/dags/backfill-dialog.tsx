"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, IconButton, buttonClassName } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { XIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { ReasonField } from "@/components/nodes/reason-field";
import { useBackfillPreview } from "@/lib/client/dags/use-backfill-preview";
import { useRunBackfill } from "@/lib/client/dags/use-run-backfill";
import { addDays, currentBizdate } from "@/lib/client/instances/bizdate";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchNodeDownstream } from "@/lib/client/nodes/api";
import { nodeKeys } from "@/lib/client/nodes/keys";
import type { TBackfillPreviewBody } from "@/lib/contracts/dags";
import type { TNodeRelative } from "@/lib/contracts/nodes";
import { addNodes, checkBackfillForm, type TBackfillForm } from "./backfill-form";
import { DAG_STRINGS } from "./dag-strings";
import { NodePicker } from "./node-picker";

const STRINGS = DAG_STRINGS.backfill;

export type BackfillDialogProps = {
  workspace: TWorkspaceRef;
  timezone: string;
  open: boolean;
  onClose: () => void;
  /** Start from this node (the node page's backfill). */
  initialRoot?: TNodeRelative | null;
  dagHref: (dagId: string) => string;
};

function emptyForm(timezone: string, root: TNodeRelative | null): TBackfillForm {
  const yesterday = addDays(currentBizdate(Date.now(), timezone), -1);
  return {
    name: root ? `backfill_${root.name}` : "",
    rootNodeId: root?.nodeId ?? null,
    nodes: root ? [root] : [],
    dryRunNodeIds: new Set(),
    startBizdate: yesterday,
    endBizdate: yesterday,
    windowStart: "",
    windowEnd: "",
    isParallel: false,
  };
}

/** The preview body settles a moment after the last change, so typing does not send a request per key. */
function useSettled<T>(value: T, delayMs = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * A backfill (RunCycleDagNodes): the root node, the nodes to include (search and pick, or all
 * below the root), which of them run dry, the business dates (at most 366, both ends included),
 * an optional hourly window and parallelism — with a live preview of the DAGs and instances it
 * creates, a required reason, and links to the created DAGs.
 */
export function BackfillDialog({ workspace, timezone, open, onClose, initialRoot = null, dagHref }: BackfillDialogProps) {
  const [form, setForm] = useState<TBackfillForm>(() => emptyForm(timezone, initialRoot));
  const [reason, setReason] = useState("");
  const [downstreamState, setDownstreamState] = useState<"idle" | "loading" | "truncated" | "error">("idle");
  const mutation = useRunBackfill(workspace);
  const queryClient = useQueryClient();
  const ids = { name: useId(), start: useId(), end: useId(), windowStart: useId(), windowEnd: useId() };

  // Each opening starts a fresh form.
  useEffect(() => {
    if (!open) return;
    setForm(emptyForm(timezone, initialRoot));
    setReason("");
    setDownstreamState("idle");
    mutation.reset();
  }, [open]);

  const check = useMemo(() => checkBackfillForm(form), [form]);
  const settledBody = useSettled<TBackfillPreviewBody | null>(check.body);
  const preview = useBackfillPreview(workspace, open ? settledBody : null);
  const chosenIds = useMemo(() => new Set(form.nodes.map((node) => node.nodeId)), [form.nodes]);
  const root = form.nodes.find((node) => node.nodeId === form.rootNodeId) ?? null;
  const update = (patch: Partial<TBackfillForm>) => setForm((current) => ({ ...current, ...patch }));

  const pick = (node: TNodeRelative) =>
    setForm((current) => ({ ...current, nodes: addNodes(current.nodes, [node]), rootNodeId: current.rootNodeId ?? node.nodeId, name: current.name || `backfill_${node.name}` }));
  const remove = (nodeId: string) =>
    setForm((current) => {
      const nodes = current.nodes.filter((node) => node.nodeId !== nodeId);
      const dryRunNodeIds = new Set(current.dryRunNodeIds);
      dryRunNodeIds.delete(nodeId);
      return { ...current, nodes, dryRunNodeIds, rootNodeId: current.rootNodeId === nodeId ? (nodes[0]?.nodeId ?? null) : current.rootNodeId };
    });
  const toggleDryRun = (nodeId: string, isDryRun: boolean) =>
    setForm((current) => {
      const dryRunNodeIds = new Set(current.dryRunNodeIds);
      if (isDryRun) dryRunNodeIds.add(nodeId);
      else dryRunNodeIds.delete(nodeId);
      return { ...current, dryRunNodeIds };
    });
  const addDownstream = async () => {
    if (!root) return;
    setDownstreamState("loading");
    try {
      // Through the query cache: asked again for the same root, it answers at once.
      const downstream = await queryClient.fetchQuery({
        queryKey: nodeKeys.downstream(workspace, root.nodeId),
        queryFn: ({ signal }) => fetchNodeDownstream(workspace, root.nodeId, signal),
        staleTime: 5 * 60_000,
      });
      setForm((current) => ({ ...current, nodes: addNodes(current.nodes, downstream.nodes) }));
      setDownstreamState(downstream.isTruncated ? "truncated" : "idle");
    } catch {
      setDownstreamState("error");
    }
  };

  const result = mutation.data;
  const canStart = check.body !== null && reason.trim() !== "" && !mutation.isPending && !result && (preview.data?.missingNodeIds.length ?? 0) === 0;
  const start = () => {
    if (!check.body) return;
    mutation.mutate({ ...check.body, reason: reason.trim() });
  };

  return (
    <Dialog
      open={open}
      onClose={mutation.isPending ? () => undefined : onClose}
      title={STRINGS.title}
      description={STRINGS.description}
      size="lg"
      footer={
        result ? (
          <Button onClick={onClose}>{STRINGS.close}</Button>
        ) : (
          <>
            <Button data-autofocus onClick={onClose} disabled={mutation.isPending}>
              {STRINGS.cancel}
            </Button>
            <Button variant="primary" disabled={!canStart} isLoading={mutation.isPending} onClick={start}>
              {STRINGS.confirm}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <div className="flex flex-col gap-2" role="status">
          <p className="text-sm text-ok">{STRINGS.started(result.dagIds.length)}</p>
          <ul className="flex flex-wrap gap-2">
            {result.dagIds.map((dagId, index) => (
              <li key={dagId}>
                <Link href={dagHref(dagId)} className={buttonClassName({ size: "sm" })}>
                  {STRINGS.openDag(addDays(form.startBizdate, index))}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <Field id={ids.name} label={STRINGS.name} error={check.problems.name} isRequired>
            <Input id={ids.name} value={form.name} onChange={(event) => update({ name: event.target.value })} maxLength={128} />
          </Field>

          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-medium">{STRINGS.nodes}</legend>
            <p className="text-xs text-fg-muted">{STRINGS.nodesHint}</p>
            <NodePicker workspace={workspace} chosenIds={chosenIds} onPick={pick} label={STRINGS.addNodes} />
            {form.nodes.length === 0 ? (
              <p className="text-xs text-fg-muted">{STRINGS.noNodes}</p>
            ) : (
              <ul className="max-h-56 overflow-y-auto rounded-md border border-border">
                {form.nodes.map((node) => {
                  const isRoot = node.nodeId === form.rootNodeId;
                  return (
                    <li key={node.nodeId} className="flex items-center gap-2 border-b border-border px-2 py-1 text-sm last:border-b-0">
                      <span className="min-w-0 flex-1 truncate">
                        {node.name} {isRoot ? <Badge tone="accent">{STRINGS.rootBadge}</Badge> : null}
                      </span>
                      {!isRoot ? (
                        <Button size="sm" variant="ghost" onClick={() => update({ rootNodeId: node.nodeId })}>
                          {STRINGS.makeRoot}
                        </Button>
                      ) : null}
                      <Checkbox label={STRINGS.dryRun} checked={form.dryRunNodeIds.has(node.nodeId)} disabled={isRoot} onChange={(event) => toggleDryRun(node.nodeId, event.target.checked)} />
                      <IconButton size="sm" label={STRINGS.remove(node.name)} icon={<XIcon size={12} />} onClick={() => remove(node.nodeId)} />
                    </li>
                  );
                })}
              </ul>
            )}
            {root ? (
              <div className="flex items-center gap-2">
                <Button size="sm" onClick={() => void addDownstream()} isLoading={downstreamState === "loading"}>
                  {STRINGS.withDownstream(root.name)}
                </Button>
                {downstreamState === "loading" ? <span className="text-xs text-fg-muted">{STRINGS.downstreamLoading}</span> : null}
                {downstreamState === "truncated" ? <span className="text-xs text-warn">{STRINGS.downstreamTruncated}</span> : null}
              </div>
            ) : null}
            {check.problems.rootNodeId || check.problems.includeNodeIds || check.problems.excludeNodeIds ? (
              <p className="text-xs text-danger" role="alert">
                {check.problems.rootNodeId ?? check.problems.includeNodeIds ?? check.problems.excludeNodeIds}
              </p>
            ) : null}
          </fieldset>

          <div className="grid grid-cols-2 gap-3">
            <Field id={ids.start} label={STRINGS.start} error={check.problems.startBizdate} hint={STRINGS.timesIn(timezone)} isRequired>
              <DateInput id={ids.start} value={form.startBizdate} onChange={(value) => update({ startBizdate: value })} />
            </Field>
            <Field id={ids.end} label={STRINGS.end} error={check.problems.endBizdate} hint={check.dayCount > 0 ? STRINGS.days(check.dayCount) : undefined} isRequired>
              <DateInput id={ids.end} value={form.endBizdate} onChange={(value) => update({ endBizdate: value })} />
            </Field>
          </div>

          <fieldset className="flex flex-col gap-1">
            <legend className="text-sm font-medium">{STRINGS.window}</legend>
            <div className="flex items-center gap-3">
              <label htmlFor={ids.windowStart} className="text-xs text-fg-muted">
                {STRINGS.windowStart}
              </label>
              <div className="w-36">
                <Input id={ids.windowStart} type="time" step={1} value={form.windowStart} onChange={(event) => update({ windowStart: event.target.value })} />
              </div>
              <label htmlFor={ids.windowEnd} className="text-xs text-fg-muted">
                {STRINGS.windowEnd}
              </label>
              <div className="w-36">
                <Input id={ids.windowEnd} type="time" step={1} value={form.windowEnd} onChange={(event) => update({ windowEnd: event.target.value })} />
              </div>
            </div>
            <p className="text-xs text-fg-muted">{STRINGS.windowHint}</p>
            {check.problems.windowEnd ? <p className="text-xs text-danger">{check.problems.windowEnd}</p> : null}
          </fieldset>

          <div className="flex flex-col gap-1">
            <Checkbox label={STRINGS.parallel} checked={form.isParallel} onChange={(event) => update({ isParallel: event.target.checked })} />
            <p className="text-xs text-fg-muted">{STRINGS.parallelHint}</p>
          </div>

          <section className="rounded-md border border-border bg-surface-muted p-3" aria-live="polite">
            <h3 className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.preview}</h3>
            {check.body === null ? (
              <p className="text-sm text-fg-muted">{STRINGS.previewInvalid}</p>
            ) : preview.isFetching && !preview.data ? (
              <p className="flex items-center gap-2 text-sm text-fg-muted">
                <Spinner size={12} />
                {STRINGS.previewLoading}
              </p>
            ) : preview.isError ? (
              <p className="text-sm text-danger">
                {STRINGS.previewFailed}: {preview.error.message}
              </p>
            ) : preview.data ? (
              <div className="flex flex-col gap-1">
                <p className="text-sm font-medium text-fg">{STRINGS.previewCounts(preview.data.dagCount, preview.data.instanceCount)}</p>
                <p className="text-xs text-fg-muted">
                  {preview.data.nodes.map((node) => `${node.name}${node.isExcluded ? ` (${STRINGS.dryRun})` : ""} ${STRINGS.perDay(node.instancesPerDay)}`).join(" · ")}
                </p>
                <p className="text-xs text-fg-muted">{STRINGS.previewEstimateNote}</p>
                {preview.data.missingNodeIds.length > 0 ? <p className="text-xs text-danger">{STRINGS.missingNodes(preview.data.missingNodeIds.join(", "))}</p> : null}
              </div>
            ) : null}
          </section>

          <ReasonField value={reason} onChange={setReason} label={STRINGS.reason} placeholder={STRINGS.reasonPlaceholder} />
          {mutation.isError ? (
            <p className="text-xs text-danger" role="alert">
              {mutation.error.message}
            </p>
          ) : null}
        </div>
      )}
    </Dialog>
  );
}
