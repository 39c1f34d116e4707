"use client";

import { useEffect, useState } from "react";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useUpdateNodeRunMode } from "@/lib/client/nodes/use-update-node-run-mode";
import type { TNodeDefinition } from "@/lib/contracts/nodes";
import { NODE_STRINGS } from "./node-strings";
import { ReasonField } from "./reason-field";

const STRINGS = NODE_STRINGS.freezeDialog;

/** Confirms freezing or unfreezing a node, with what it does to its instances and a required reason. */
export function NodeRunModeDialog({ workspace, node, open, onClose }: { workspace: TWorkspaceRef; node: TNodeDefinition; open: boolean; onClose: () => void }) {
  const mutation = useUpdateNodeRunMode(workspace, node.nodeId);
  const [reason, setReason] = useState("");
  useEffect(() => {
    if (open) setReason("");
  }, [open]);
  const willFreeze = !node.isFrozen;
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      onConfirm={() => mutation.mutate({ isFrozen: willFreeze, reason: reason.trim() }, { onSuccess: onClose })}
      title={willFreeze ? STRINGS.freezeTitle(node.name) : STRINGS.unfreezeTitle(node.name)}
      confirmLabel={willFreeze ? NODE_STRINGS.actions.freeze : NODE_STRINGS.actions.unfreeze}
      tone={willFreeze ? "danger" : "default"}
      isPending={mutation.isPending}
      canConfirm={reason.trim() !== ""}
    >
      <p>{willFreeze ? STRINGS.freezeBody : STRINGS.unfreezeBody}</p>
      <ReasonField value={reason} onChange={setReason} label={STRINGS.reason} hint={STRINGS.reasonHint} placeholder={STRINGS.reasonPlaceholder} />
      {mutation.isError ? <p className="text-xs text-danger" role="alert">{mutation.error.message}</p> : null}
    </ConfirmDialog>
  );
}
