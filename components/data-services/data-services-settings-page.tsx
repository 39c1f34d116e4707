"use client";

import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, IconButton } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { CheckCircleIcon, CircleDashedIcon, PencilIcon, PlusIcon, ServerIcon, TrashIcon, XCircleIcon } from "@/components/ui/icons";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatZoneOffset } from "@/components/shell/zone-label";
import { useDataServices } from "@/lib/client/data-services/use-data-services";
import { useDeleteDataService } from "@/lib/client/data-services/use-delete-data-service";
import { useTestDataService } from "@/lib/client/data-services/use-test-data-service";
import type { TDataService } from "@/lib/contracts/data-services";
import { DataServiceFormDialog } from "./data-service-form-dialog";
import { DataServiceTestDrawer } from "./data-service-test-drawer";
import { DATA_SERVICES_STRINGS as S } from "./data-services-strings";
import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";

const COLUMN_COUNT = 6;

/** Settings → Data services: list, add, edit, test and delete (the last four for admins). */
export function DataServicesSettingsPage({ isAdmin, initialServices }: { isAdmin: boolean; initialServices: TDataService[] }) {
  const services = useDataServices({ initialData: initialServices });
  const testMutation = useTestDataService();
  const deleteMutation = useDeleteDataService();
  const [editing, setEditing] = useState<TDataService | null | "new">(null);
  const [testing, setTesting] = useState<TDataService | null>(null);
  const [deleting, setDeleting] = useState<TDataService | null>(null);
  // The browser's zone is only known in the browser; until then times wait rather than mismatch.
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  function runTest(service: TDataService) {
    setTesting(service);
    testMutation.mutate(service.id);
  }

  return (
    <div className="flex max-w-6xl flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <h1 className="text-xl font-semibold">{S.pageTitle}</h1>
          <p className="mt-1 text-sm text-fg-muted">{S.pageIntro}</p>
          {!isAdmin ? <p className="mt-1 text-sm text-fg-muted">{S.adminOnly}</p> : null}
        </div>
        {isAdmin ? (
          <Button variant="primary" icon={<PlusIcon size={14} />} onClick={() => setEditing("new")}>
            {S.add}
          </Button>
        ) : null}
      </header>

      {services.isPending ? (
        <SkeletonRows rows={3} columns={COLUMN_COUNT} />
      ) : services.isError ? (
        <ErrorState title={S.loadFailedTitle} message={services.error.message} whatToDo={S.loadFailedWhatToDo} onRetry={() => void services.refetch()} isRetrying={services.isFetching} />
      ) : services.data.length === 0 ? (
        <EmptyState icon={<ServerIcon size={24} />} title={S.emptyTitle} description={S.emptyDescription} action={isAdmin ? <Button onClick={() => setEditing("new")}>{S.add}</Button> : undefined} />
      ) : (
        <Table label={S.pageTitle}>
          <TableHead>
            <tr>
              <TableHeaderCell>{S.columns.name}</TableHeaderCell>
              <TableHeaderCell>{S.columns.endpoint}</TableHeaderCell>
              <TableHeaderCell>{S.columns.region}</TableHeaderCell>
              <TableHeaderCell>{S.columns.accessKeyId}</TableHeaderCell>
              <TableHeaderCell>{S.columns.lastTest}</TableHeaderCell>
              <TableHeaderCell align="right">{S.columns.actions}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {services.data.map((service) => (
              <TableRow key={service.id}>
                <TableCell>
                  <span className="font-medium">{service.name}</span>
                  {service.isEmbedded ? (
                    <Badge tone="accent" className="ml-2" title={S.embeddedTitle}>
                      {S.embedded}
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell isMono>{service.endpoint}</TableCell>
                <TableCell isMono>{service.region}</TableCell>
                <TableCell isMono>{service.accessKeyId}</TableCell>
                <TableCell>
                  <LastTest service={service} browserZone={browserZone} />
                </TableCell>
                <TableCell align="right">
                  {isAdmin ? (
                    <div className="flex justify-end gap-1">
                      <Button size="sm" onClick={() => runTest(service)} isLoading={testMutation.isPending && testMutation.variables === service.id}>
                        {S.test}
                      </Button>
                      <IconButton size="sm" label={`${S.edit} ${service.name}`} icon={<PencilIcon size={13} />} onClick={() => setEditing(service)} />
                      <IconButton
                        size="sm"
                        label={`${S.delete} ${service.name}`}
                        icon={<TrashIcon size={13} />}
                        onClick={() => setDeleting(service)}
                        disabled={service.isEmbedded}
                        title={service.isEmbedded ? S.embeddedTitle : undefined}
                      />
                    </div>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <DataServiceFormDialog open={editing !== null} onClose={() => setEditing(null)} service={editing === "new" ? null : editing} />
      <DataServiceTestDrawer
        service={testing}
        onClose={() => setTesting(null)}
        onTestAgain={() => testing && runTest(testing)}
        isPending={testMutation.isPending}
        result={testMutation.data}
        error={testMutation.error}
        browserZone={browserZone ?? "UTC"}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && deleteMutation.mutate({ serviceId: deleting.id, name: deleting.name }, { onSettled: () => setDeleting(null) })}
        title={deleting ? S.deleteDialog.title(deleting.name) : ""}
        confirmLabel={S.deleteDialog.confirm}
        tone="danger"
        isPending={deleteMutation.isPending}
        confirmText={deleting?.name}
      >
        <p>{S.deleteDialog.body}</p>
      </ConfirmDialog>
    </div>
  );
}

function LastTest({ service, browserZone }: { service: TDataService; browserZone: string | null }) {
  if (!service.lastTestedAt || !service.lastTestStatus) {
    return (
      <span className="inline-flex items-center gap-1 text-fg-muted">
        <CircleDashedIcon size={13} /> {S.neverTested}
      </span>
    );
  }
  const isOk = service.lastTestStatus === "ok";
  return (
    <span className="inline-flex flex-col items-start gap-0.5" title={service.lastTestMessage ?? undefined}>
      <Badge tone={isOk ? "ok" : "danger"} icon={isOk ? <CheckCircleIcon size={12} /> : <XCircleIcon size={12} />}>
        {isOk ? S.testOk : S.testFailed}
      </Badge>
      {browserZone ? (
        <time dateTime={service.lastTestedAt} className="text-xs text-fg-muted tabular-nums">
          {formatZonedDateTime(service.lastTestedAt, browserZone)} {formatZoneOffset(browserZone, new Date(service.lastTestedAt))}
        </time>
      ) : null}
    </span>
  );
}
