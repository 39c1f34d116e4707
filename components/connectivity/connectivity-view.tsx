"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Drawer } from "@/components/ui/drawer";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { PlugIcon } from "@/components/ui/icons";
import { Select } from "@/components/ui/select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { useMe } from "@/lib/client/auth/use-me";
import { useDataSources } from "@/lib/client/connectivity/use-data-sources";
import { useDeleteDataSource } from "@/lib/client/connectivity/use-delete-data-source";
import { useResourceGroups } from "@/lib/client/connectivity/use-resource-groups";
import { useTestDataSource } from "@/lib/client/connectivity/use-test-data-source";
import { useTestMatrix } from "@/lib/client/connectivity/use-test-matrix";
import type { TDataSource, TDataSourceTestResult } from "@/lib/contracts/connectivity";
import { CheckServicesPanel } from "./check-services-panel";
import { CONNECTIVITY_STRINGS as S } from "./connectivity-strings";
import { ConnectivityRunView } from "./connectivity-run-view";
import { DataSourceFormDialog } from "./data-source-form-dialog";
import { DataSourceTable } from "./data-source-table";
import { HistoryDrawer } from "./history-drawer";
import { PairTestDialog } from "./pair-test-dialog";
import { TestMatrix } from "./test-matrix";

const TAB_IDS = ["data-sources", "checks"] as const;
type TabId = (typeof TAB_IDS)[number];

/** A clock for "5 min ago" that ticks once a minute. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** /s/…/connectivity: data sources with their last result; test one, a pair or all; history; DTS / DLI / DRS checks. */
export function ConnectivityView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab: TabId = searchParams.get("tab") === "checks" ? "checks" : "data-sources";
  const me = useMe();
  const canTest = me.can("operator");
  const canEdit = me.can("admin");
  const now = useMinuteClock();

  const dataSources = useDataSources(workspaceRef);
  const groups = useResourceGroups(workspaceRef);
  const groupItems = useMemo(() => groups.data?.items ?? [], [groups.data]);
  const [groupId, setGroupId] = useState("");
  const chosenGroupId = groupId || groupItems[0]?.resourceGroupId || "";
  // Tests are asked by identifier (the data service takes either): results then read "from rg_etl", not a bare number.
  const chosenGroupRef = groupItems.find((group) => group.resourceGroupId === chosenGroupId)?.identifier ?? chosenGroupId;

  const testOne = useTestDataSource(workspaceRef);
  const matrix = useTestMatrix(workspaceRef);
  const remove = useDeleteDataSource(workspaceRef);
  const [openResult, setOpenResult] = useState<TDataSourceTestResult | null>(null);
  const [testError, setTestError] = useState<{ name: string; message: string } | null>(null);
  const [editing, setEditing] = useState<TDataSource | null | "new">(null);
  const [deleting, setDeleting] = useState<TDataSource | null>(null);
  const [historyOf, setHistoryOf] = useState<TDataSource | null>(null);
  const [isPairOpen, setIsPairOpen] = useState(false);
  const items = dataSources.data?.items ?? [];

  function onTest(dataSource: TDataSource) {
    if (!chosenGroupId) return;
    setTestError(null);
    testOne.mutate(
      { dataSourceId: dataSource.dataSourceId, resourceGroupId: chosenGroupRef },
      { onSuccess: (result) => setOpenResult(result), onError: (error) => setTestError({ name: dataSource.name, message: error.message }) },
    );
  }

  function onTestAll() {
    if (items.length === 0 || groupItems.length === 0) return;
    void matrix.start(
      items.map((item) => item.dataSourceId),
      groupItems.map((group) => group.resourceGroupId),
    );
  }

  function setTab(next: string) {
    const params = new URLSearchParams(searchParams.toString());
    if (next === "checks") params.set("tab", "checks");
    else params.delete("tab");
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <div className="flex flex-col gap-3">
      <header>
        <h1 className="text-lg font-semibold text-fg">{S.title}</h1>
        <p className="max-w-prose text-sm text-fg-muted">{S.description}</p>
      </header>
      <Tabs
        items={TAB_IDS.map((id) => ({ id, label: id === "checks" ? S.tabs.checks : S.tabs.dataSources }))}
        value={tab}
        onChange={setTab}
        label={S.title}
        idPrefix="connectivity"
      />
      {tab === "checks" ? (
        <TabPanel idPrefix="connectivity" id="checks" className="pt-1">
          <CheckServicesPanel workspace={workspaceRef} canTest={canTest} canEdit={canEdit} />
        </TabPanel>
      ) : (
        <TabPanel idPrefix="connectivity" id="data-sources" className="flex flex-col gap-3 pt-1">
          <div className="flex flex-wrap items-end gap-2">
            <div className="w-64">
              <Field id="connectivity-group" label={S.toolbar.resourceGroup}>
                <Select id="connectivity-group" value={chosenGroupId} onChange={(event) => setGroupId(event.target.value)} options={groupItems.map((group) => ({ value: group.resourceGroupId, label: group.isDefault ? `${group.name} (default)` : group.name }))} disabled={groupItems.length === 0} />
              </Field>
            </div>
            {canTest ? (
              <>
                <Button variant="primary" onClick={onTestAll} isLoading={matrix.isRunning} disabled={items.length === 0 || groupItems.length === 0}>
                  {matrix.isRunning ? S.toolbar.testAllRunning : S.toolbar.testAll}
                </Button>
                <Button onClick={() => setIsPairOpen(true)} disabled={items.length < 2 || groupItems.length === 0}>
                  {S.toolbar.testPair}
                </Button>
              </>
            ) : null}
            {canEdit ? (
              <Button className="ml-auto" onClick={() => setEditing("new")}>
                {S.toolbar.add}
              </Button>
            ) : null}
          </div>
          {groups.data && groupItems.length === 0 ? <p className="text-sm text-warn">{S.empty.noGroups}</p> : null}
          {testError ? (
            <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
              {`${S.result.title(testError.name)}: ${testError.message}`}
            </p>
          ) : null}
          {matrix.matrix.dataSourceIds.length > 0 ? (
            <TestMatrix matrix={matrix.matrix} dataSources={items} groups={groupItems} isRunning={matrix.isRunning} onOpen={setOpenResult} onClear={matrix.clear} />
          ) : null}
          {dataSources.isPending ? <SkeletonRows rows={6} columns={5} /> : null}
          {dataSources.isError ? <ErrorState title={S.loadFailed} whatToDo={S.retryHint} message={dataSources.error.message} onRetry={() => void dataSources.refetch()} /> : null}
          {dataSources.data && items.length === 0 ? <EmptyState icon={<PlugIcon size={24} />} title={S.empty.title} description={S.empty.description} /> : null}
          {items.length > 0 ? (
            <DataSourceTable
              items={items}
              timezone={workspace.timezone}
              now={now}
              canTest={canTest && chosenGroupId !== ""}
              canEdit={canEdit}
              testingId={testOne.isPending ? (testOne.variables?.dataSourceId ?? null) : null}
              onTest={onTest}
              onHistory={setHistoryOf}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          ) : null}
        </TabPanel>
      )}
      <Drawer open={openResult !== null} onClose={() => setOpenResult(null)} title={openResult ? S.result.title(openResult.dataSourceName) : ""} width="lg">
        {openResult ? <ConnectivityRunView run={openResult.run} /> : null}
      </Drawer>
      <HistoryDrawer dataSource={historyOf} onClose={() => setHistoryOf(null)} workspace={workspaceRef} timezone={workspace.timezone} />
      <DataSourceFormDialog open={editing !== null} onClose={() => setEditing(null)} workspace={workspaceRef} dataSource={editing === "new" ? null : editing} />
      <PairTestDialog open={isPairOpen} onClose={() => setIsPairOpen(false)} workspace={workspaceRef} dataSources={items} groups={groupItems} defaultGroupId={chosenGroupRef} />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ dataSourceId: deleting.dataSourceId, name: deleting.name }, { onSettled: () => setDeleting(null) })}
        title={deleting ? S.remove.title(deleting.name) : ""}
        confirmLabel={S.remove.confirm}
        tone="danger"
        isPending={remove.isPending}
        confirmText={deleting?.name}
      >
        {S.remove.body}
      </ConfirmDialog>
    </div>
  );
}
