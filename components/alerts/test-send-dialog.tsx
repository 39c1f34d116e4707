"use client";

import { useEffect, useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useTestSend } from "@/lib/client/alerts/use-test-send";
import { ALERT_METHODS, type TAlertMethod } from "@/lib/contracts/alerts";
import { ALERT_STRINGS } from "./alert-strings";

const STRINGS = ALERT_STRINGS.testSend;

export type TestSendDialogProps = { workspace: TWorkspaceRef; open: boolean; onClose: () => void; remind?: { remindId: string; name: string } | null };

/** Sends one test alert (through a channel to a receiver, or through a rule's own channels) and shows each delivery's outcome. */
export function TestSendDialog({ workspace, open, onClose, remind }: TestSendDialogProps) {
  const mutation = useTestSend(workspace);
  const [method, setMethod] = useState<TAlertMethod>("WEBHOOK");
  const [receiver, setReceiver] = useState("");
  const methodId = useId();
  const receiverId = useId();
  useEffect(() => {
    if (open) mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens
  }, [open]);
  const send = () => mutation.mutate(remind ? { remindId: remind.remindId } : { method, receiver: receiver.trim() || undefined });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={remind ? `${STRINGS.title}: ${remind.name}` : STRINGS.title}
      description={STRINGS.description}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {STRINGS.cancel}
          </Button>
          <Button variant="primary" isLoading={mutation.isPending} onClick={send}>
            {STRINGS.send}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {remind ? null : (
          <>
            <Field id={methodId} label={STRINGS.method}>
              <Select id={methodId} value={method} onChange={(event) => setMethod(event.target.value as TAlertMethod)} options={ALERT_METHODS.map((value) => ({ value, label: ALERT_STRINGS.method[value] }))} />
            </Field>
            <Field id={receiverId} label={STRINGS.receiver} hint={STRINGS.receiverHint}>
              <Input id={receiverId} value={receiver} onChange={(event) => setReceiver(event.target.value)} maxLength={1000} />
            </Field>
          </>
        )}
        {mutation.data ? (
          <ul className="flex flex-col gap-1 text-sm" aria-live="polite" aria-label="Deliveries">
            {mutation.data.deliveries.map((delivery, index) => (
              <li key={index} className="flex flex-wrap items-center gap-2">
                <Badge tone={delivery.isDelivered ? "ok" : "danger"}>{delivery.isDelivered ? STRINGS.result.delivered : STRINGS.result.notDelivered}</Badge>
                <span>
                  {delivery.channel} → {delivery.receiver}
                </span>
                <span className="text-fg-muted">{delivery.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {mutation.isError ? <p className="text-sm text-danger">{mutation.error.message}</p> : null}
      </div>
    </Dialog>
  );
}
