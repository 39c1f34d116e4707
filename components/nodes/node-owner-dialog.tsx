"use client";

import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useUpdateNodeOwner } from "@/lib/client/nodes/use-update-node-owner";
import type { TNodeDefinition } from "@/lib/contracts/nodes";
import { NODE_STRINGS } from "./node-strings";
import { ReasonField } from "./reason-field";

const STRINGS = NODE_STRINGS.ownerDialog;

/** Gives a node a new owner, with a required reason. */
export function NodeOwnerDialog({ workspace, node, open, onClose }: { workspace: TWorkspaceRef; node: TNodeDefinition; open: boolean; onClose: () => void }) {
  const mutation = useUpdateNodeOwner(workspace, node.nodeId);
  const [owner, setOwner] = useState("");
  const [reason, setReason] = useState("");
  const ownerId = useId();
  useEffect(() => {
    if (!open) return;
    setOwner("");
    setReason("");
  }, [open]);
  const canConfirm = owner.trim() !== "" && owner.trim().length <= 64 && reason.trim() !== "";
  return (
    <Dialog
      open={open}
      onClose={mutation.isPending ? () => undefined : onClose}
      title={STRINGS.title(node.name)}
      description={STRINGS.current(node.owner)}
      size="sm"
      footer={
        <>
          <Button data-autofocus onClick={onClose} disabled={mutation.isPending}>
            {STRINGS.cancel}
          </Button>
          <Button variant="primary" disabled={!canConfirm} isLoading={mutation.isPending} onClick={() => mutation.mutate({ ownerId: owner.trim(), reason: reason.trim() }, { onSuccess: onClose })}>
            {STRINGS.confirm}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <Field id={ownerId} label={STRINGS.owner} hint={STRINGS.ownerHint} isRequired>
          <Input id={ownerId} value={owner} onChange={(event) => setOwner(event.target.value)} maxLength={64} autoComplete="off" />
        </Field>
        <ReasonField value={reason} onChange={setReason} label={STRINGS.reason} />
        {mutation.isError ? <p className="text-xs text-danger" role="alert">{mutation.error.message}</p> : null}
      </div>
    </Dialog>
  );
}
