"use client";

import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { Button, buttonClassName } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { currentBizdate } from "@/lib/client/instances/bizdate";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useRunSmokeTest } from "@/lib/client/nodes/use-run-smoke-test";
import type { TNodeDefinition } from "@/lib/contracts/nodes";
import { NODE_STRINGS } from "./node-strings";
import { ReasonField } from "./reason-field";

const STRINGS = NODE_STRINGS.smokeTestDialog;

export type SmokeTestDialogProps = { workspace: TWorkspaceRef; node: TNodeDefinition; timezone: string; open: boolean; onClose: () => void; dagHref: (dagId: string) => string };

/** Runs a node once, alone, for a business date (RunSmokeTest), then links to its DAG. */
export function SmokeTestDialog({ workspace, node, timezone, open, onClose, dagHref }: SmokeTestDialogProps) {
  const mutation = useRunSmokeTest(workspace);
  const [bizdate, setBizdate] = useState("");
  const [params, setParams] = useState("");
  const [reason, setReason] = useState("");
  const dateId = useId();
  const paramsId = useId();
  useEffect(() => {
    if (!open) return;
    setBizdate(currentBizdate(Date.now(), timezone));
    setParams(node.paramValues);
    setReason("");
    mutation.reset();
  }, [open]);
  const result = mutation.data;
  const canRun = /^\d{4}-\d{2}-\d{2}$/.test(bizdate) && reason.trim() !== "" && !result;
  return (
    <Dialog
      open={open}
      onClose={mutation.isPending ? () => undefined : onClose}
      title={STRINGS.title(node.name)}
      description={STRINGS.body}
      size="sm"
      footer={
        result ? (
          <>
            <Button onClick={onClose}>{STRINGS.cancel}</Button>
            <Link href={dagHref(result.dagId)} className={buttonClassName({ variant: "primary" })}>
              {STRINGS.openDag}
            </Link>
          </>
        ) : (
          <>
            <Button data-autofocus onClick={onClose} disabled={mutation.isPending}>
              {STRINGS.cancel}
            </Button>
            <Button
              variant="primary"
              disabled={!canRun}
              isLoading={mutation.isPending}
              onClick={() => mutation.mutate({ nodeId: node.nodeId, bizdate, nodeParams: params.trim() || undefined, reason: reason.trim() })}
            >
              {STRINGS.confirm}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <p className="text-sm text-ok" role="status">
          {STRINGS.started} DAG <span className="font-mono">{result.dagId}</span>
        </p>
      ) : (
        <div className="flex flex-col gap-3">
          <Field id={dateId} label={`${STRINGS.bizdate} (${timezone})`} isRequired>
            <DateInput id={dateId} value={bizdate} onChange={setBizdate} />
          </Field>
          <Field id={paramsId} label={STRINGS.params} hint={STRINGS.paramsHint}>
            <Input id={paramsId} value={params} onChange={(event) => setParams(event.target.value)} className="font-mono" />
          </Field>
          <ReasonField value={reason} onChange={setReason} label={STRINGS.reason} />
          {mutation.isError ? <p className="text-xs text-danger" role="alert">{mutation.error.message}</p> : null}
        </div>
      )}
    </Dialog>
  );
}
