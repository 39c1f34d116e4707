"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { usePairTest } from "@/lib/client/connectivity/use-pair-test";
import { ZPairTestBody, type TDataSource, type TResourceGroup } from "@/lib/contracts/connectivity";
import { CONNECTIVITY_STRINGS } from "./connectivity-strings";
import { ConnectivityRunView } from "./connectivity-run-view";

const S = CONNECTIVITY_STRINGS.pair;

export type PairTestDialogProps = {
  open: boolean;
  onClose: () => void;
  workspace: TWorkspaceRef;
  dataSources: readonly TDataSource[];
  groups: readonly TResourceGroup[];
  defaultGroupId: string;
};

/** Pick a sync task's source and destination, test both from one group, and read which end fails. */
export function PairTestDialog({ open, onClose, workspace, dataSources, groups, defaultGroupId }: PairTestDialogProps) {
  const formId = useId();
  const [sourceId, setSourceId] = useState("");
  const [destinationId, setDestinationId] = useState("");
  const [groupId, setGroupId] = useState(defaultGroupId);
  const [error, setError] = useState<string | null>(null);
  const pair = usePairTest(workspace);

  useEffect(() => {
    if (!open) return;
    setGroupId(defaultGroupId);
    setError(null);
    // Only a new opening clears the last outcome (the mutation object itself changes every render).
    pair.reset();
  }, [open, defaultGroupId]); // eslint-disable-line react-hooks/exhaustive-deps

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZPairTestBody.safeParse({ sourceId, destinationId, resourceGroupId: groupId });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? null);
    setError(null);
    pair.mutate({ sourceId, destinationId, resourceGroupId: groupId }, { onError: (failure) => setError(failure.message) });
  }

  const options = [{ value: "", label: S.choose }, ...dataSources.map((item) => ({ value: item.dataSourceId, label: item.name }))];
  return (
    <Dialog
      open={open}
      onClose={pair.isPending ? () => undefined : onClose}
      title={S.title}
      description={S.description}
      size="lg"
      footer={
        <>
          <Button onClick={onClose} disabled={pair.isPending}>
            {S.cancel}
          </Button>
          <Button type="submit" form={formId} variant="primary" isLoading={pair.isPending}>
            {S.run}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="grid grid-cols-3 gap-3">
        <Field id={`${formId}-source`} label={S.source} isRequired>
          <Select id={`${formId}-source`} value={sourceId} onChange={(event) => setSourceId(event.target.value)} options={options} />
        </Field>
        <Field id={`${formId}-destination`} label={S.destination} isRequired>
          <Select id={`${formId}-destination`} value={destinationId} onChange={(event) => setDestinationId(event.target.value)} options={options} />
        </Field>
        <Field id={`${formId}-group`} label={S.group} isRequired>
          <Select id={`${formId}-group`} value={groupId} onChange={(event) => setGroupId(event.target.value)} options={groups.map((group) => ({ value: group.identifier, label: group.name }))} />
        </Field>
      </form>
      {error ? (
        <p role="alert" className="mt-3 rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {pair.data ? (
        <div className="mt-4">
          <ConnectivityRunView run={pair.data.run} />
        </div>
      ) : null}
    </Dialog>
  );
}
