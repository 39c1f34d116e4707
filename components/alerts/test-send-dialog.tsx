"use client";

import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { issuesByField } from "@/components/users/issues-by-field";
import { useTestSend } from "@/lib/client/alerts/use-test-send";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { TEST_SEND_METHODS, type TAlertMethod } from "@/lib/contracts/alerts";
import { SendStatusBadge } from "./alert-badges";
import { ALERT_STRINGS } from "./alert-strings";

const STRINGS = ALERT_STRINGS.testSend;

export type TestSendDialogProps = {
  workspace: TWorkspaceRef;
  open: boolean;
  onClose: () => void;
  /** Prefills the form (e.g. from a rule: its first webhook channel, else its first receiver). */
  initial?: { channel?: string; user?: string; method?: TAlertMethod } | null;
};

/** Queues one test alert to a webhook channel or a user, and lists the deliveries it queued. */
export function TestSendDialog({ workspace, open, onClose, initial }: TestSendDialogProps) {
  const mutation = useTestSend(workspace);
  const [to, setTo] = useState<"channel" | "user">("channel");
  const [channel, setChannel] = useState("default-webhook");
  const [user, setUser] = useState("");
  const [method, setMethod] = useState<(typeof TEST_SEND_METHODS)[number]>("MAIL");
  const idPrefix = useId();
  useEffect(() => {
    if (!open) return;
    mutation.reset();
    setTo(initial?.user && !initial.channel ? "user" : "channel");
    setChannel(initial?.channel ?? "default-webhook");
    setUser(initial?.user ?? "");
    setMethod(initial?.method === "WEBHOOK" ? "WEBHOOK" : "MAIL");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens
  }, [open]);
  const errors = issuesByField(mutation.error);
  const send = () => mutation.mutate(to === "channel" ? { channel: channel.trim() } : { user: user.trim(), method });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={STRINGS.title}
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
        <Field id={`${idPrefix}-to`} label={STRINGS.to}>
          <Select
            id={`${idPrefix}-to`}
            value={to}
            onChange={(event) => setTo(event.target.value as "channel" | "user")}
            options={[
              { value: "channel", label: STRINGS.toChannel },
              { value: "user", label: STRINGS.toUser },
            ]}
          />
        </Field>
        {to === "channel" ? (
          <Field id={`${idPrefix}-channel`} label={STRINGS.channel} hint={STRINGS.channelHint} error={errors.channel}>
            <Input id={`${idPrefix}-channel`} value={channel} onChange={(event) => setChannel(event.target.value)} maxLength={64} invalid={Boolean(errors.channel)} />
          </Field>
        ) : (
          <>
            <Field id={`${idPrefix}-user`} label={STRINGS.user} hint={STRINGS.userHint} error={errors.user}>
              <Input id={`${idPrefix}-user`} value={user} onChange={(event) => setUser(event.target.value)} maxLength={64} invalid={Boolean(errors.user)} />
            </Field>
            <Field id={`${idPrefix}-method`} label={STRINGS.method}>
              <Select id={`${idPrefix}-method`} value={method} onChange={(event) => setMethod(event.target.value as "MAIL" | "WEBHOOK")} options={TEST_SEND_METHODS.map((value) => ({ value, label: ALERT_STRINGS.method[value] }))} />
            </Field>
          </>
        )}
        {mutation.data ? (
          <div aria-live="polite" className="flex flex-col gap-1 text-sm">
            <p>{STRINGS.queued(mutation.data.deliveries.length)}</p>
            <ul className="flex flex-col gap-1" aria-label="Deliveries">
              {mutation.data.deliveries.map((delivery, index) => (
                <li key={index} className="flex flex-wrap items-center gap-2">
                  <SendStatusBadge status={delivery.status} />
                  <span>
                    {ALERT_STRINGS.method[delivery.method as TAlertMethod] ?? delivery.method} → {delivery.receiver || delivery.target}
                  </span>
                  {delivery.lastError ? <span className="text-fg-muted">{delivery.lastError}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {mutation.isError && Object.keys(errors).length === 0 ? <p className="text-sm text-danger">{mutation.error.message}</p> : null}
      </div>
    </Dialog>
  );
}
