"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useCheckServices, useDeleteCheckService } from "@/lib/client/connectivity/use-check-services";
import type { TCheckService } from "@/lib/contracts/connectivity";
import { CheckServiceFormDialog } from "./check-service-form-dialog";
import { CONNECTIVITY_STRINGS } from "./connectivity-strings";
import { RunCheckForm } from "./run-check-form";

const S = CONNECTIVITY_STRINGS.checks;

/** DTS / DLI / DRS endpoints (admins manage them) and a check run on one, shown like any test. */
export function CheckServicesPanel({ workspace, canTest, canEdit }: { workspace: TWorkspaceRef; canTest: boolean; canEdit: boolean }) {
  const services = useCheckServices(workspace);
  const remove = useDeleteCheckService(workspace);
  const [editing, setEditing] = useState<TCheckService | null | "new">(null);
  const [deleting, setDeleting] = useState<TCheckService | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const items = services.data?.items ?? [];
  const selected = items.find((item) => item.id === selectedId) ?? null;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-start gap-3">
        <p className="max-w-prose text-sm text-fg-muted">{S.description}</p>
        {canEdit ? (
          <Button className="ml-auto shrink-0" onClick={() => setEditing("new")}>
            {S.add}
          </Button>
        ) : null}
      </div>
      {services.isPending ? <SkeletonRows rows={3} columns={4} /> : null}
      {services.isError ? <ErrorState title={S.loadFailed} whatToDo={S.retryHint} message={services.error.message} onRetry={() => void services.refetch()} /> : null}
      {services.data && items.length === 0 ? <EmptyState title={S.empty} /> : null}
      {items.length > 0 ? (
        <Table label={S.service}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{S.name}</TableHeaderCell>
              <TableHeaderCell>{S.kind}</TableHeaderCell>
              <TableHeaderCell>{S.endpoint}</TableHeaderCell>
              <TableHeaderCell>{S.region}</TableHeaderCell>
              <TableHeaderCell className="text-right" />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((service) => (
              <TableRow key={service.id} aria-selected={service.id === selectedId}>
                <TableCell className="font-medium">{service.name}</TableCell>
                <TableCell>{S.kinds[service.kind]}</TableCell>
                <TableCell className="font-mono text-xs">{service.endpoint}</TableCell>
                <TableCell className="font-mono text-xs">{service.cloudProjectId ? `${service.region} · ${service.cloudProjectId}` : service.region}</TableCell>
                <TableCell>
                  <div className="flex justify-end gap-1">
                    {canTest ? (
                      <Button size="sm" onClick={() => setSelectedId(service.id)}>
                        {S.run}
                      </Button>
                    ) : null}
                    {canEdit ? (
                      <>
                        <Button size="sm" variant="ghost" onClick={() => setEditing(service)}>
                          {S.edit}
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => setDeleting(service)}>
                          {S.delete}
                        </Button>
                      </>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {selected && canTest ? (
        <section className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-3" aria-label={`${S.run}: ${selected.name}`}>
          <h2 className="text-sm font-semibold">{`${S.run}: ${selected.name} (${S.kinds[selected.kind]})`}</h2>
          <RunCheckForm key={selected.id} workspace={workspace} service={selected} />
        </section>
      ) : null}
      <CheckServiceFormDialog open={editing !== null} onClose={() => setEditing(null)} workspace={workspace} service={editing === "new" ? null : editing} />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
        title={deleting ? S.deleteTitle(deleting.name) : ""}
        confirmLabel={S.delete}
        tone="danger"
        isPending={remove.isPending}
      >
        {S.deleteBody}
      </ConfirmDialog>
    </div>
  );
}
