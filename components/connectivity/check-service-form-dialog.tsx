"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { isApiClientError } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useSaveCheckService } from "@/lib/client/connectivity/use-check-services";
import { CHECK_SERVICE_KINDS, ZCreateCheckServiceBody, ZUpdateCheckServiceBody, type TCheckService, type TCheckServiceKind } from "@/lib/contracts/connectivity";
import type { TApiIssue } from "@/lib/contracts/common";
import { checkServiceValuesOf, ENDPOINT_EXAMPLES, toCreateCheckServiceBody, toUpdateCheckServiceBody, type TCheckServiceFormValues } from "./check-service-form";
import { CONNECTIVITY_STRINGS } from "./connectivity-strings";

const S = CONNECTIVITY_STRINGS.checks;
type Field = keyof TCheckServiceFormValues;

export function CheckServiceFormDialog({ open, onClose, workspace, service }: { open: boolean; onClose: () => void; workspace: TWorkspaceRef; service: TCheckService | null }) {
  const formId = useId();
  const [values, setValues] = useState(() => checkServiceValuesOf(service));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const save = useSaveCheckService(workspace);

  useEffect(() => {
    if (!open) return;
    setValues(checkServiceValuesOf(service));
    setErrors({});
    setGeneral(null);
  }, [open, service]);

  function set(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function showIssues(issues: readonly TApiIssue[], fallback: string | null) {
    const byField: Partial<Record<Field, string>> = {};
    const rest: string[] = [];
    for (const issue of issues) {
      const field = issue.path.split(".")[0] as Field;
      if (field in values) byField[field] ??= issue.message;
      else rest.push(issue.message);
    }
    setErrors(byField);
    setGeneral(rest[0] ?? (Object.keys(byField).length === 0 ? fallback : null));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const onError = (error: Error) => showIssues(isApiClientError(error) ? error.issues : [], error.message);
    const toIssues = (issues: { path: PropertyKey[]; message: string }[]) => issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
    if (service) {
      const body = toUpdateCheckServiceBody(service, values);
      const parsed = ZUpdateCheckServiceBody.safeParse(body);
      if (!parsed.success) return showIssues(toIssues(parsed.error.issues), null);
      if (Object.keys(body).length === 0) return onClose();
      save.mutate({ checkServiceId: service.id, body }, { onSuccess: onClose, onError });
    } else {
      const body = toCreateCheckServiceBody(values);
      const parsed = ZCreateCheckServiceBody.safeParse(body);
      if (!parsed.success) return showIssues(toIssues(parsed.error.issues), null);
      save.mutate({ checkServiceId: null, body }, { onSuccess: onClose, onError });
    }
  }

  const id = (field: string) => `${formId}-${field}`;
  const text = (field: Field, label: string, options: { hint?: string; placeholder?: string; type?: string; required?: boolean; mono?: boolean } = {}) => (
    <Field id={id(field)} label={label} hint={options.hint} error={errors[field]} isRequired={options.required ?? true}>
      <Input
        id={id(field)}
        type={options.type ?? "text"}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
        placeholder={options.placeholder}
        invalid={!!errors[field]}
        className={options.mono ? "font-mono" : undefined}
        autoComplete={options.type === "password" ? "new-password" : "off"}
        spellCheck={false}
      />
    </Field>
  );

  return (
    <Dialog
      open={open}
      onClose={save.isPending ? () => undefined : onClose}
      title={service ? S.formTitleEdit(service.name) : S.formTitleNew}
      footer={
        <>
          <Button onClick={onClose} disabled={save.isPending}>
            {S.cancel}
          </Button>
          <Button type="submit" form={formId} variant="primary" isLoading={save.isPending}>
            {S.save}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {general ? (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {S.saveFailed}: {general}
          </p>
        ) : null}
        <div className="grid grid-cols-2 gap-3">
          {text("name", S.name)}
          <Field id={id("kind")} label={S.kind} isRequired>
            <Select id={id("kind")} value={values.kind} disabled={service !== null} onChange={(event) => set("kind", event.target.value as TCheckServiceKind)} options={CHECK_SERVICE_KINDS.map((kind) => ({ value: kind, label: S.kinds[kind] }))} />
          </Field>
        </div>
        {text("endpoint", S.endpoint, { placeholder: ENDPOINT_EXAMPLES[values.kind], mono: true })}
        <div className="grid grid-cols-2 gap-3">
          {text("region", S.region, { placeholder: values.kind === "dts" ? "cn-hangzhou" : "cn-north-4", mono: true })}
          {values.kind !== "dts" ? text("cloudProjectId", S.cloudProjectId, { hint: S.cloudProjectIdHint, mono: true }) : null}
        </div>
        <div className="grid grid-cols-2 gap-3">
          {text("accessKeyId", S.accessKeyId, { mono: true })}
          {text("accessKeySecret", S.secret, { type: "password", hint: service ? S.secretHintEdit : S.secretHintNew, required: !service })}
        </div>
      </form>
    </Dialog>
  );
}
