"use client";

import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { issuesByField } from "@/components/users/issues-by-field";
import { useRemind } from "@/lib/client/alerts/use-remind";
import { useSaveRemind } from "@/lib/client/alerts/use-save-remind";
import { useBaselineConfigs } from "@/lib/client/baselines/use-baseline-configs";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { ALERT_METHODS, ALERT_UNITS, REMIND_TYPES, REMIND_UNITS, type TAlertMethod } from "@/lib/contracts/alerts";
import { ALERT_STRINGS } from "./alert-strings";
import { emptyRemindForm, formFieldOfIssue, remindFormOf, toRemindBody, type TRemindFormField, type TRemindFormState } from "./remind-form";

const STRINGS = ALERT_STRINGS.form;

export type RemindDialogProps = {
  workspace: TWorkspaceRef;
  /** null: closed; "new": create; an id: edit that rule. */
  target: "new" | string | null;
  onClose: () => void;
};

/**
 * Creates or edits a rule: what it watches, when it alerts, who gets it and how, quiet hours and
 * limits. Every field is checked as the API will check it, and the API's own answer (422 naming
 * fields) lands on the same fields.
 */
export function RemindDialog({ workspace, target, onClose }: RemindDialogProps) {
  const remindId = target && target !== "new" ? target : null;
  const remind = useRemind(workspace, remindId);
  const save = useSaveRemind(workspace);
  const baselines = useBaselineConfigs(workspace);
  const [form, setForm] = useState<TRemindFormState>(emptyRemindForm);
  const [errors, setErrors] = useState<Partial<Record<TRemindFormField, string>>>({});
  const idPrefix = useId();
  const id = (field: string) => `${idPrefix}-${field}`;

  useEffect(() => {
    if (target === null) return;
    setErrors({});
    save.reset();
    if (target === "new") setForm(emptyRemindForm());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when the dialog opens on another target
  }, [target]);
  useEffect(() => {
    if (remindId && remind.data) setForm(remindFormOf(remind.data));
  }, [remindId, remind.data]);

  const set = <K extends TRemindFormField>(field: K, value: TRemindFormState[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = toRemindBody(form);
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    save.mutate(
      { remindId, body: result.body },
      {
        onSuccess: onClose,
        onError: (error) => {
          const byField: Partial<Record<TRemindFormField, string>> = {};
          for (const [path, message] of Object.entries(issuesByField(error))) byField[formFieldOfIssue(path, form.type)] ??= message;
          setErrors(byField);
        },
      },
    );
  };
  const isLoading = remindId !== null && remind.isPending;
  const hasErrors = Object.values(errors).some(Boolean);
  const text = (field: TRemindFormField, label: string, options: { hint?: string; placeholder?: string; isRequired?: boolean; isMultiline?: boolean; inputMode?: "numeric" } = {}) => (
    <Field id={id(field)} label={label} hint={options.hint} error={errors[field]} isRequired={options.isRequired}>
      {options.isMultiline ? (
        <Textarea id={id(field)} rows={3} value={String(form[field])} onChange={(event) => set(field, event.target.value as never)} invalid={Boolean(errors[field])} aria-describedby={fieldDescribedBy(id(field), { hint: options.hint, error: errors[field] })} />
      ) : (
        <Input
          id={id(field)}
          value={String(form[field])}
          inputMode={options.inputMode}
          placeholder={options.placeholder}
          onChange={(event) => set(field, event.target.value as never)}
          invalid={Boolean(errors[field])}
          aria-describedby={fieldDescribedBy(id(field), { hint: options.hint, error: errors[field] })}
        />
      )}
    </Field>
  );

  return (
    <Dialog
      open={target !== null}
      onClose={save.isPending ? () => undefined : onClose}
      title={remindId ? STRINGS.editTitle(remind.data?.name ?? "") : STRINGS.createTitle}
      size="lg"
      footer={
        <>
          <Button variant="ghost" onClick={onClose} disabled={save.isPending}>
            {STRINGS.cancel}
          </Button>
          <Button variant="primary" type="submit" form={`${idPrefix}-form`} isLoading={save.isPending} disabled={isLoading}>
            {STRINGS.save}
          </Button>
        </>
      }
    >
      {isLoading ? (
        <p className="flex items-center gap-2 text-sm text-fg-muted">
          <Spinner /> {STRINGS.loading}
        </p>
      ) : (
        <form id={`${idPrefix}-form`} onSubmit={submit} noValidate className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {hasErrors ? (
            <p role="alert" className="text-sm text-danger sm:col-span-2">
              {STRINGS.fixErrors}
            </p>
          ) : null}
          <div className="sm:col-span-2">{text("name", STRINGS.name, { isRequired: true })}</div>
          <Field id={id("unit")} label={STRINGS.unit} isRequired>
            <Select id={id("unit")} value={form.unit} onChange={(event) => set("unit", event.target.value as TRemindFormState["unit"])} options={REMIND_UNITS.map((unit) => ({ value: unit, label: ALERT_STRINGS.unit[unit] }))} />
          </Field>
          {form.unit === "NODE" ? text("nodeIds", STRINGS.nodeIds, { hint: STRINGS.nodeIdsHint, isRequired: true }) : null}
          {form.unit === "BIZPROCESS" ? text("bizProcessIds", STRINGS.bizProcessIds, { hint: STRINGS.bizProcessIdsHint, isRequired: true }) : null}
          {form.unit === "BASELINE" ? (
            <Field id={id("baselineIds")} label={STRINGS.baselineIds} hint={STRINGS.baselineIdsHint} error={errors.baselineIds} isRequired>
              <select
                id={id("baselineIds")}
                multiple
                size={5}
                value={form.baselineIds}
                onChange={(event) => set("baselineIds", Array.from(event.target.selectedOptions, (option) => option.value))}
                aria-invalid={Boolean(errors.baselineIds) || undefined}
                className="rounded-md border border-border bg-surface p-1 text-sm"
              >
                {(baselines.data?.items ?? []).map((baseline) => (
                  <option key={baseline.baselineId} value={baseline.baselineId}>
                    {baseline.baselineName} ({baseline.baselineId})
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {form.unit === "PROJECT" ? <div /> : null}
          <Field id={id("type")} label={STRINGS.type} isRequired>
            <Select id={id("type")} value={form.type} onChange={(event) => set("type", event.target.value as TRemindFormState["type"])} options={REMIND_TYPES.map((type) => ({ value: type, label: ALERT_STRINGS.type[type] }))} />
          </Field>
          {form.type === "UNFINISHED" ? text("untilTime", STRINGS.untilTime, { placeholder: "06:00", isRequired: true }) : null}
          {form.type === "TIMEOUT" ? text("timeoutMinutes", STRINGS.timeoutMinutes, { inputMode: "numeric", isRequired: true }) : null}
          {form.type === "CYCLE_UNFINISHED" ? text("cycles", STRINGS.cycles, { hint: STRINGS.cyclesHint, isMultiline: true, isRequired: true }) : null}
          {form.type === "FINISHED" || form.type === "ERROR" ? <div /> : null}
          <Field id={id("alertUnit")} label={STRINGS.alertUnit} isRequired>
            <Select id={id("alertUnit")} value={form.alertUnit} onChange={(event) => set("alertUnit", event.target.value as TRemindFormState["alertUnit"])} options={ALERT_UNITS.map((unit) => ({ value: unit, label: ALERT_STRINGS.alertUnit[unit] }))} />
          </Field>
          {form.alertUnit === "OTHER" ? text("alertTargets", STRINGS.alertTargets, { hint: STRINGS.alertTargetsHint, isRequired: true }) : <div />}
          <fieldset className="flex flex-col gap-1 sm:col-span-2" aria-describedby={errors.alertMethods ? id("alertMethods-error") : undefined}>
            <legend className="text-sm font-medium">
              {STRINGS.alertMethods}
              <span aria-hidden="true" className="ml-0.5 text-danger">
                *
              </span>
            </legend>
            <div className="flex flex-wrap gap-3">
              {ALERT_METHODS.map((method) => (
                <Checkbox
                  key={method}
                  label={ALERT_STRINGS.method[method]}
                  checked={form.alertMethods.includes(method)}
                  onChange={(event) => set("alertMethods", event.target.checked ? [...form.alertMethods, method] : form.alertMethods.filter((item): item is TAlertMethod => item !== method))}
                />
              ))}
            </div>
            {errors.alertMethods ? (
              <p id={id("alertMethods-error")} className="text-xs text-danger">
                {errors.alertMethods}
              </p>
            ) : null}
          </fieldset>
          {form.alertMethods.includes("WEBHOOK") ? <div className="sm:col-span-2">{text("webhooks", STRINGS.webhooks, { hint: STRINGS.webhooksHint, isRequired: true })}</div> : null}
          {form.alertMethods.includes("DINGROBOTS") ? <div className="sm:col-span-2">{text("robotUrls", STRINGS.robotUrls, { hint: STRINGS.robotUrlsHint, isMultiline: true, isRequired: true })}</div> : null}
          {text("dndEnd", STRINGS.dndEnd, { hint: STRINGS.dndEndHint, placeholder: "08:00" })}
          {text("maxAlertTimes", STRINGS.maxAlertTimes, { inputMode: "numeric" })}
          {text("alertIntervalMinutes", STRINGS.alertIntervalMinutes, { inputMode: "numeric" })}
          <div className="flex items-end">
            <Checkbox label={STRINGS.isEnabled} checked={form.isEnabled} onChange={(event) => set("isEnabled", event.target.checked)} />
          </div>
          {save.isError && !hasErrors ? <p className="text-sm text-danger sm:col-span-2">{save.error.message}</p> : null}
        </form>
      )}
    </Dialog>
  );
}
