"use client";

import { formatInstantWithZone } from "@/components/instances/instance-format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useOperationHistory } from "@/lib/client/instance-detail/use-operation-history";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.history;

const RESULT_TONES: Record<string, BadgeTone> = { APPLIED: "ok", ok: "ok", NOOP: "neutral", partial: "warn", REFUSED: "warn", refused: "warn", failed: "danger" };

/** `{"status":"RUNNING"}` → `status RUNNING`: the engine's compact state, readable. */
function readableState(text: string | null): string {
  if (!text) return "";
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object") return Object.entries(parsed).map(([key, value]) => `${key} ${String(value)}`).join(", ");
  } catch {
    // Not JSON: show as is.
  }
  return text;
}

/** Who did what to this instance, when and why: the engine's operations audit and the console's own records. */
export function OperationsPanel({ workspace, instanceId, timezone }: { workspace: TWorkspaceRef; instanceId: string; timezone: string }) {
  const history = useOperationHistory(workspace, instanceId);
  if (history.isPending) return <SkeletonRows rows={4} columns={6} />;
  if (history.isError) return <ErrorState title={STRINGS.loadFailed} whatToDo={INSTANCE_DETAIL_STRINGS.loadFailedWhatToDo} message={history.error.message} onRetry={() => void history.refetch()} />;
  const { items, isEngineHistoryAvailable } = history.data;
  return (
    <div className="flex flex-col gap-2">
      {!isEngineHistoryAvailable ? <p className="text-xs text-fg-muted">{STRINGS.engineUnavailable}</p> : null}
      {items.length === 0 ? (
        <EmptyState title={STRINGS.empty} />
      ) : (
        <Table label={STRINGS.title}>
          <TableHead>
            <tr>
              <TableHeaderCell>{STRINGS.columns.at}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.actor}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.action}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.result}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.reason}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.change}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell isMono>{formatInstantWithZone(item.at, timezone)}</TableCell>
                <TableCell>{item.actor}</TableCell>
                <TableCell>
                  {item.action} <span className="text-xs text-fg-muted">({STRINGS.source[item.source]})</span>
                </TableCell>
                <TableCell>
                  <Badge tone={RESULT_TONES[item.result] ?? "neutral"}>{item.result}</Badge>
                  {item.errorCode ? <span className="ml-1 font-mono text-xs text-fg-muted">{item.errorCode}</span> : null}
                </TableCell>
                <TableCell className="max-w-64 truncate" title={item.reason}>
                  {item.reason}
                </TableCell>
                <TableCell className="text-xs text-fg-muted">
                  {item.before || item.after ? [readableState(item.before), readableState(item.after)].filter(Boolean).join(" → ") : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
