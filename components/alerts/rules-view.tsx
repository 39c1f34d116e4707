"use client";

import { useMemo, useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PencilIcon, PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useDeleteRemind } from "@/lib/client/alerts/use-delete-remind";
import { useReminds } from "@/lib/client/alerts/use-reminds";
import { useMe } from "@/lib/client/auth/use-me";
import type { TRemindSummary, TRemindType, TRemindUnit } from "@/lib/contracts/alerts";
import { ALERT_STRINGS } from "./alert-strings";
import { AlertsTabs } from "./alerts-view";
import { RemindDialog } from "./remind-dialog";
import { TestSendDialog } from "./test-send-dialog";

const STRINGS = ALERT_STRINGS.rules;

function watches(remind: TRemindSummary): string {
  const unit = remind.unit as TRemindUnit;
  const ids = { NODE: remind.nodeIds, BASELINE: remind.baselineIds, PROJECT: remind.projectIds, BIZPROCESS: remind.bizProcessIds }[unit] ?? [];
  if (unit === "PROJECT") return ALERT_STRINGS.unit.PROJECT;
  return STRINGS.watches(ids.length, ALERT_STRINGS.unitSingular[unit] ?? String(remind.unit).toLowerCase());
}

/** /s/…/alerts/rules: the custom alert rules; create, edit, delete (confirmed) and test-send for operators and admins. */
export function RulesView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const me = useMe();
  const canEdit = me.can("operator");
  const [search, setSearch] = useState("");
  const reminds = useReminds(workspaceRef, { search: search.trim() || undefined, page: 1, pageSize: 100 });
  const remove = useDeleteRemind(workspaceRef);
  const [editing, setEditing] = useState<"new" | string | null>(null);
  const [deleting, setDeleting] = useState<TRemindSummary | null>(null);
  const [testing, setTesting] = useState<TRemindSummary | null>(null);

  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-fg">{ALERT_STRINGS.title}</h1>
          <p className="text-sm text-fg-muted">{STRINGS.subtitle}</p>
        </div>
        <Button variant="primary" size="sm" icon={<PlusIcon size={14} />} disabled={!canEdit} title={canEdit ? undefined : STRINGS.viewerHint} onClick={() => setEditing("new")}>
          {STRINGS.create}
        </Button>
      </header>
      <AlertsTabs base={base} current="rules" />
      <div className="w-72">
        <Input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder={STRINGS.searchPlaceholder} aria-label={STRINGS.searchPlaceholder} data-page-search />
      </div>
      {reminds.isPending ? (
        <SkeletonRows rows={6} columns={6} />
      ) : reminds.isError && !reminds.data ? (
        <ErrorState title={STRINGS.loadFailed} whatToDo={ALERT_STRINGS.loadFailedWhatToDo} message={reminds.error.message} onRetry={() => void reminds.refetch()} />
      ) : reminds.data.items.length === 0 ? (
        <EmptyState title={STRINGS.empty} description={STRINGS.emptyHint} />
      ) : (
        <Table label={STRINGS.title}>
          <TableHead>
            <tr>
              <TableHeaderCell>{STRINGS.columns.name}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.trigger}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.watches}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.receivers}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.channels}</TableHeaderCell>
              <TableHeaderCell>{STRINGS.columns.state}</TableHeaderCell>
              <TableHeaderCell align="right">
                <span className="sr-only">Actions</span>
              </TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {reminds.data.items.map((remind) => (
              <TableRow key={remind.remindId} data-rule={remind.name}>
                <TableCell className="font-medium">{remind.name}</TableCell>
                <TableCell>{ALERT_STRINGS.type[remind.type as TRemindType] ?? remind.type}</TableCell>
                <TableCell>{watches(remind)}</TableCell>
                <TableCell>{remind.alertUnit === "OWNER" ? STRINGS.owners : remind.alertTargets.join(", ") || "—"}</TableCell>
                <TableCell>{remind.alertMethods.map((method) => ALERT_STRINGS.method[method as keyof typeof ALERT_STRINGS.method] ?? method).join(", ")}</TableCell>
                <TableCell>
                  <Badge tone={remind.isEnabled ? "ok" : "neutral"}>{remind.isEnabled ? STRINGS.enabled : STRINGS.disabled}</Badge>
                </TableCell>
                <TableCell align="right">
                  <div className="flex justify-end gap-1">
                    <Button size="sm" variant="ghost" disabled={!canEdit} onClick={() => setTesting(remind)}>
                      {STRINGS.test}
                    </Button>
                    <Button size="sm" variant="ghost" icon={<PencilIcon size={14} />} disabled={!canEdit} title={canEdit ? undefined : STRINGS.viewerHint} onClick={() => setEditing(remind.remindId)} aria-label={`${STRINGS.edit} ${remind.name}`}>
                      {STRINGS.edit}
                    </Button>
                    <Button size="sm" variant="ghost" icon={<TrashIcon size={14} />} disabled={!canEdit} title={canEdit ? undefined : STRINGS.viewerHint} onClick={() => setDeleting(remind)} aria-label={`${STRINGS.delete} ${remind.name}`}>
                      {STRINGS.delete}
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <RemindDialog workspace={workspaceRef} target={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ remindId: deleting.remindId, name: deleting.name }, { onSuccess: () => setDeleting(null) })}
        title={deleting ? STRINGS.deleteTitle(deleting.name) : ""}
        confirmLabel={STRINGS.delete}
        tone="danger"
        isPending={remove.isPending}
      >
        <p className="text-sm">{STRINGS.deleteBody}</p>
      </ConfirmDialog>
      <TestSendDialog
        workspace={workspaceRef}
        open={testing !== null}
        onClose={() => setTesting(null)}
        initial={testing ? { channel: testing.alertMethods.includes("WEBHOOK") ? testing.webhooks[0] : undefined, user: testing.alertTargets[0], method: testing.alertMethods.includes("MAIL") ? "MAIL" : "WEBHOOK" } : null}
      />
    </div>
  );
}
