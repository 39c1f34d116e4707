"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { AlertTriangleIcon, InfoIcon } from "@/components/ui/icons";
import { Textarea } from "@/components/ui/input";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { isApiClientError } from "@/lib/client/api-client";
import { newRequestKey } from "@/lib/client/instances/request-key";
import { useActionPreview } from "@/lib/client/instances/use-action-preview";
import { useInstanceAction } from "@/lib/client/instances/use-instance-action";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TActionPreview, TActionVerdict, TInstanceAction, TInstanceActionResult, TInstanceFilter, TItemOutcome } from "@/lib/contracts/instances";
import { INSTANCE_STRINGS } from "./instance-strings";
import { InstanceStatusBadge } from "./status-badge";

export type TBulkSelection = { ids: string[] } | { filter: TInstanceFilter };

export type BulkActionDialogProps = {
  workspace: TWorkspaceRef;
  /** The action to confirm; null keeps the dialog closed. */
  action: TInstanceAction | null;
  selection: TBulkSelection;
  onClose: () => void;
  /** Links each instance in the lists to its page. */
  instanceHref?: (instanceId: string) => string;
  /** After the action answered (e.g. clear the selection). */
  onDone?: (result: TInstanceActionResult) => void;
};

const STRINGS = INSTANCE_STRINGS.dialog;
/** Rows listed in the dialog; the counts above always cover all of them. */
const LISTED_ROWS = 200;

const VERDICT_TONES: Record<TActionVerdict, BadgeTone> = { applies: "accent", noop: "neutral", refused: "danger" };
const OUTCOME_TONES: Record<TItemOutcome, BadgeTone> = { applied: "ok", noop: "neutral", refused: "warn", failed: "danger" };

/**
 * Confirms rerun / stop / suspend / resume / set-success on one or many instances: lists what
 * each instance will do given its state now, the downstream impact, asks for the reason (required
 * for set-success and for more than one instance), then shows each instance's result. A retry
 * reuses the same request key, so instances already handled are not acted on twice.
 */
export function BulkActionDialog({ workspace, action, selection, onClose, instanceHref, onDone }: BulkActionDialogProps) {
  const isOpen = action !== null;
  const previewBody = useMemo(() => (action ? { action, ...selection } : null), [action, selection]);
  const preview = useActionPreview(workspace, previewBody);
  const mutation = useInstanceAction(workspace);
  const [reason, setReason] = useState("");
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const reasonId = useId();

  // Each opening is a new confirmation with its own key and an empty form.
  useEffect(() => {
    if (!isOpen) return;
    setReason("");
    setRequestKey(newRequestKey());
    mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens
  }, [isOpen]);

  if (!action) return null;
  const label = INSTANCE_STRINGS.actions.label[action];
  const data = preview.data;
  const expectedCount = data ? data.items.length + data.missingIds.length : 0;
  const result = mutation.data;
  const isReasonMissing = (data?.isReasonRequired ?? true) && reason.trim() === "";
  const isNothingToDo = data !== undefined && data.counts.applies + data.counts.noop === 0;

  const confirm = () => {
    if (!data) return;
    mutation.mutate(
      { action, ...("ids" in selection ? { ids: selection.ids } : { filter: selection.filter }), reason: reason.trim(), expectedCount, requestKey },
      { onSuccess: (answer) => onDone?.(answer) },
    );
  };
  const previewAgain = () => {
    mutation.reset();
    setRequestKey(newRequestKey());
    void preview.refetch();
  };
  const isConflict = isApiClientError(mutation.error) && mutation.error.code === "CONFLICT";

  const footer = result ? (
    <>
      {result.counts.failed > 0 ? (
        <Button onClick={confirm} isLoading={mutation.isPending}>
          {STRINGS.retryFailed}
        </Button>
      ) : null}
      <Button variant="primary" autoFocus onClick={onClose}>
        {STRINGS.close}
      </Button>
    </>
  ) : (
    <>
      <Button autoFocus onClick={onClose} disabled={mutation.isPending}>
        {STRINGS.cancel}
      </Button>
      <Button
        variant={action === "stop" || action === "set-success" ? "danger" : "primary"}
        onClick={confirm}
        isLoading={mutation.isPending}
        disabled={!data || isReasonMissing || isNothingToDo || isConflict}
      >
        {STRINGS.confirm(label, expectedCount)}
      </Button>
    </>
  );

  return (
    <Dialog
      open={isOpen}
      onClose={mutation.isPending ? () => undefined : onClose}
      title={STRINGS.title(label, data ? expectedCount : "ids" in selection ? selection.ids.length : 0)}
      description={INSTANCE_STRINGS.actions.effect[action]}
      size="lg"
      footer={footer}
    >
      {result ? (
        <ActionResults result={result} instanceHref={instanceHref} />
      ) : preview.isPending ? (
        <div className="flex flex-col gap-3">
          <p className="flex items-center gap-2 text-sm text-fg-muted">
            <Spinner size={14} /> {STRINGS.loading}
          </p>
          <SkeletonRows rows={4} columns={4} />
        </div>
      ) : preview.isError || !data ? (
        <ErrorState title={STRINGS.previewError} message={preview.error?.message} whatToDo={STRINGS.previewWhatToDo} onRetry={() => void preview.refetch()} isRetrying={preview.isFetching} />
      ) : (
        <div className="flex flex-col gap-4">
          <PreviewSummary preview={data} />
          <PreviewTable preview={data} instanceHref={instanceHref} />
          <div className="flex flex-col gap-1">
            <label htmlFor={reasonId} className="text-sm font-medium">
              {STRINGS.reason}
              {data.isReasonRequired ? <span aria-hidden="true" className="ml-0.5 text-danger">*</span> : null}
            </label>
            <Textarea
              id={reasonId}
              value={reason}
              maxLength={500}
              rows={2}
              required={data.isReasonRequired}
              placeholder={STRINGS.reasonPlaceholder}
              aria-describedby={`${reasonId}-hint`}
              onChange={(event) => setReason(event.target.value)}
            />
            <p id={`${reasonId}-hint`} className="text-xs text-fg-muted">
              {data.isReasonRequired ? STRINGS.reasonRequiredHint : STRINGS.reasonOptionalHint}
            </p>
          </div>
          {isNothingToDo ? <p className="text-sm text-warn">{STRINGS.nothingApplies}</p> : null}
          {mutation.isPending ? (
            <p className="flex items-center gap-2 text-sm text-fg-muted" role="status">
              <Spinner size={14} /> {STRINGS.running}
            </p>
          ) : null}
          {mutation.isError ? (
            <ErrorState
              title={STRINGS.actionError}
              message={mutation.error.message}
              whatToDo={STRINGS.actionWhatToDo}
              requestId={isApiClientError(mutation.error) ? mutation.error.requestId : undefined}
              action={isConflict ? <Button size="sm" onClick={previewAgain}>{STRINGS.previewAgain}</Button> : undefined}
            />
          ) : null}
        </div>
      )}
    </Dialog>
  );
}

function PreviewSummary({ preview }: { preview: TActionPreview }) {
  const { counts, downstream } = preview;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="font-medium">{STRINGS.summary(counts.applies, counts.noop, counts.refused)}</p>
      {preview.isTruncated ? (
        <p className="flex items-start gap-2 text-warn">
          <AlertTriangleIcon size={14} className="mt-0.5 shrink-0" /> {STRINGS.truncated}
        </p>
      ) : null}
      {preview.missingIds.length > 0 ? (
        <p className="flex items-start gap-2 text-warn">
          <AlertTriangleIcon size={14} className="mt-0.5 shrink-0" /> {STRINGS.missing(preview.missingIds.length)}
        </p>
      ) : null}
      <div className="rounded-md border border-border bg-surface-muted/50 px-3 py-2">
        <p className="text-xs font-semibold text-fg-muted uppercase">{STRINGS.downstreamTitle}</p>
        {downstream.isAvailable && downstream.union ? (
          <p className={downstream.union.waitingDownstream > 0 ? "text-warn" : undefined}>
            {STRINGS.downstreamUnion(downstream.union.downstream, downstream.union.waitingDownstream, downstream.union.isCapped)}
          </p>
        ) : (
          <p className="flex items-start gap-2 text-fg-muted">
            <InfoIcon size={14} className="mt-0.5 shrink-0" /> {downstream.unavailableReason}
          </p>
        )}
      </div>
    </div>
  );
}

function PreviewTable({ preview, instanceHref }: { preview: TActionPreview; instanceHref?: (instanceId: string) => string }) {
  const columns = STRINGS.columns;
  const listed = preview.items.slice(0, LISTED_ROWS);
  return (
    <div className="max-h-72 overflow-auto rounded-md border border-border">
      <table className="w-full text-sm tabular-nums">
        <thead className="sticky top-0 bg-surface-muted text-xs text-fg-muted">
          <tr>
            <th className="px-2 py-1.5 text-left font-medium">{columns.instance}</th>
            <th className="px-2 py-1.5 text-left font-medium">{columns.status}</th>
            <th className="px-2 py-1.5 text-left font-medium">{columns.bizdate}</th>
            <th className="px-2 py-1.5 text-left font-medium">{columns.verdict}</th>
            <th className="px-2 py-1.5 text-right font-medium">{STRINGS.downstreamColumn}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {listed.map((item) => (
            <tr key={item.instance.instanceId}>
              <td className="max-w-56 truncate px-2 py-1">
                <InstanceName instanceId={item.instance.instanceId} nodeName={item.instance.nodeName} instanceHref={instanceHref} />
              </td>
              <td className="px-2 py-1">
                <InstanceStatusBadge status={item.instance.status} isSuspended={item.instance.isSuspended} />
              </td>
              <td className="px-2 py-1 font-mono text-xs whitespace-nowrap">{item.instance.bizdate}</td>
              <td className="px-2 py-1">
                <Badge tone={VERDICT_TONES[item.verdict]}>{STRINGS.verdict[item.verdict]}</Badge>
                {item.explanation ? <span className="ml-2 text-xs text-fg-muted">{item.explanation}</span> : null}
              </td>
              <td className="px-2 py-1 text-right font-mono text-xs">
                {item.downstream ? `${item.downstream.isCapped ? "≥" : ""}${item.downstream.downstream} (${item.downstream.waitingDownstream})` : INSTANCE_STRINGS.unknown}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.items.length > LISTED_ROWS ? <p className="px-2 py-1.5 text-xs text-fg-muted">{STRINGS.more(preview.items.length - LISTED_ROWS)}</p> : null}
    </div>
  );
}

function ActionResults({ result, instanceHref }: { result: TInstanceActionResult; instanceHref?: (instanceId: string) => string }) {
  const { applied, noop, refused, failed } = result.counts;
  const problemsFirst = [...result.items].sort((left, right) => outcomeRank(left.outcome) - outcomeRank(right.outcome));
  return (
    <div className="flex flex-col gap-3 text-sm" role="status">
      <p className="font-medium">
        {STRINGS.resultTitle}: {STRINGS.resultSummary(applied, noop, refused, failed)}
      </p>
      <div className="max-h-80 overflow-auto rounded-md border border-border">
        <table className="w-full text-sm">
          <thead className="sticky top-0 bg-surface-muted text-xs text-fg-muted">
            <tr>
              <th className="px-2 py-1.5 text-left font-medium">{STRINGS.columns.instance}</th>
              <th className="px-2 py-1.5 text-left font-medium">{STRINGS.columns.outcome}</th>
              <th className="px-2 py-1.5 text-left font-medium">{STRINGS.columns.why}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {problemsFirst.slice(0, LISTED_ROWS).map((item) => (
              <tr key={item.instanceId}>
                <td className="max-w-56 truncate px-2 py-1">
                  <InstanceName instanceId={item.instanceId} nodeName={item.nodeName} instanceHref={instanceHref} />
                </td>
                <td className="px-2 py-1 whitespace-nowrap">
                  <Badge tone={OUTCOME_TONES[item.outcome]}>{STRINGS.outcome[item.outcome]}</Badge>
                  {item.isReplayed ? <span className="ml-1 text-xs text-fg-muted">{STRINGS.replayed}</span> : null}
                </td>
                <td className="px-2 py-1 text-xs text-fg-muted">{item.message ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.items.length > LISTED_ROWS ? <p className="px-2 py-1.5 text-xs text-fg-muted">{STRINGS.more(result.items.length - LISTED_ROWS)}</p> : null}
      </div>
    </div>
  );
}

function outcomeRank(outcome: TItemOutcome): number {
  return { failed: 0, refused: 1, applied: 2, noop: 3 }[outcome];
}

function InstanceName({ instanceId, nodeName, instanceHref }: { instanceId: string; nodeName: string; instanceHref?: (instanceId: string) => string }) {
  const text = nodeName ? `${nodeName} · ${instanceId}` : instanceId;
  return instanceHref ? (
    <Link href={instanceHref(instanceId)} className="text-accent hover:underline" title={text}>
      {text}
    </Link>
  ) : (
    <span title={text}>{text}</span>
  );
}
