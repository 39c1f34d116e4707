"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { isApiClientError } from "@/lib/client/api-client";
import { useCreateDataService } from "@/lib/client/data-services/use-create-data-service";
import { useUpdateDataService } from "@/lib/client/data-services/use-update-data-service";
import {
  ZCreateDataServiceBody,
  ZUpdateDataServiceBody,
  describeEndpointHint,
  regionOfDataWorksEndpoint,
  type TDataService,
  type TUpdateDataServiceBody,
} from "@/lib/contracts/data-services";
import { DATA_SERVICES_STRINGS as S } from "./data-services-strings";
import { toFieldErrors, type FieldErrors } from "./form-errors";

const FIELDS = ["name", "endpoint", "region", "accessKeyId", "accessKeySecret"] as const;
type FormField = (typeof FIELDS)[number];
type FormValues = Record<FormField, string>;

const EMPTY: FormValues = { name: "", endpoint: "", region: "", accessKeyId: "", accessKeySecret: "" };

function valuesOf(service: TDataService | null): FormValues {
  return service ? { name: service.name, endpoint: service.endpoint, region: service.region, accessKeyId: service.accessKeyId, accessKeySecret: "" } : EMPTY;
}

/** Only what changed goes to PATCH; an empty secret field means "keep the stored one". */
function changedFields(service: TDataService, values: FormValues): TUpdateDataServiceBody {
  const body: TUpdateDataServiceBody = {};
  for (const field of ["name", "endpoint", "region", "accessKeyId"] as const) {
    if (values[field].trim() !== service[field]) body[field] = values[field];
  }
  if (values.accessKeySecret !== "") body.accessKeySecret = values.accessKeySecret;
  return body;
}

export type DataServiceFormDialogProps = {
  open: boolean;
  onClose: () => void;
  /** null adds a new data service. */
  service: TDataService | null;
};

export function DataServiceFormDialog({ open, onClose, service }: DataServiceFormDialogProps) {
  const formId = useId();
  const [values, setValues] = useState<FormValues>(() => valuesOf(service));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<FormField>>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const create = useCreateDataService();
  const update = useUpdateDataService();
  const isPending = create.isPending || update.isPending;
  const isEmbedded = service?.isEmbedded ?? false;

  useEffect(() => {
    if (!open) return;
    setValues(valuesOf(service));
    setFieldErrors({});
    setGeneralError(null);
  }, [open, service]);

  function setValue(field: FormField, value: string) {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // A DataWorks endpoint names its region; fill it in while the region is still empty.
      if (field === "endpoint" && current.region.trim() === "") next.region = regionOfDataWorksEndpoint(value) ?? "";
      return next;
    });
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  function showIssues(issues: { path: string; message: string }[], fallback: string | null) {
    const { fieldErrors: byField, general } = toFieldErrors(issues, FIELDS);
    setFieldErrors(byField);
    setGeneralError(general[0] ?? (Object.keys(byField).length === 0 ? fallback : null));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneralError(null);
    const onError = (error: Error) => showIssues(isApiClientError(error) ? error.issues : [], error.message);
    if (service) {
      const body = changedFields(service, values);
      const parsed = ZUpdateDataServiceBody.safeParse(body);
      if (!parsed.success) return showIssues(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })), null);
      if (Object.keys(body).length === 0) return onClose();
      update.mutate({ serviceId: service.id, body }, { onSuccess: onClose, onError });
    } else {
      const parsed = ZCreateDataServiceBody.safeParse(values);
      if (!parsed.success) return showIssues(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })), null);
      create.mutate(values, { onSuccess: onClose, onError });
    }
  }

  const endpointHint = describeEndpointHint(values.endpoint, values.region);
  const ids = Object.fromEntries(FIELDS.map((field) => [field, `${formId}-${field}`])) as Record<FormField, string>;
  const describedBy = (field: FormField, hint?: unknown) => fieldDescribedBy(ids[field], { hint, error: fieldErrors[field] });

  return (
    <Dialog
      open={open}
      onClose={isPending ? () => undefined : onClose}
      title={service ? S.form.editTitle(service.name) : S.form.addTitle}
      description={isEmbedded ? S.form.embeddedManaged : undefined}
      footer={
        <>
          <Button onClick={onClose} disabled={isPending}>
            {S.form.cancel}
          </Button>
          <Button type="submit" form={formId} variant="primary" isLoading={isPending}>
            {service ? S.form.save : S.form.create}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {generalError ? (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {S.form.saveFailed}: {generalError}
          </p>
        ) : null}
        <Field id={ids.name} label={S.form.name} hint={S.form.nameHint} error={fieldErrors.name} isRequired>
          <Input id={ids.name} value={values.name} onChange={(event) => setValue("name", event.target.value)} invalid={!!fieldErrors.name} aria-describedby={describedBy("name", S.form.nameHint)} data-autofocus autoComplete="off" />
        </Field>
        <Field id={ids.endpoint} label={S.form.endpoint} hint={endpointHint ?? S.form.endpointHint} error={fieldErrors.endpoint} isRequired>
          <Input
            id={ids.endpoint}
            type="url"
            value={values.endpoint}
            onChange={(event) => setValue("endpoint", event.target.value)}
            invalid={!!fieldErrors.endpoint}
            aria-describedby={describedBy("endpoint", true)}
            placeholder="https://dataworks.cn-shanghai.aliyuncs.com"
            disabled={isEmbedded}
            className="font-mono"
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field id={ids.region} label={S.form.region} hint={S.form.regionHint} error={fieldErrors.region} isRequired>
          <Input id={ids.region} value={values.region} onChange={(event) => setValue("region", event.target.value)} invalid={!!fieldErrors.region} aria-describedby={describedBy("region", true)} placeholder="cn-shanghai" className="font-mono" autoComplete="off" spellCheck={false} />
        </Field>
        <Field id={ids.accessKeyId} label={S.form.accessKeyId} error={fieldErrors.accessKeyId} isRequired>
          <Input id={ids.accessKeyId} value={values.accessKeyId} onChange={(event) => setValue("accessKeyId", event.target.value)} invalid={!!fieldErrors.accessKeyId} aria-describedby={describedBy("accessKeyId")} disabled={isEmbedded} className="font-mono" autoComplete="off" spellCheck={false} />
        </Field>
        <Field id={ids.accessKeySecret} label={S.form.accessKeySecret} hint={service ? S.form.secretHintEdit : S.form.secretHintNew} error={fieldErrors.accessKeySecret} isRequired={!service}>
          <Input
            id={ids.accessKeySecret}
            type="password"
            value={values.accessKeySecret}
            onChange={(event) => setValue("accessKeySecret", event.target.value)}
            invalid={!!fieldErrors.accessKeySecret}
            aria-describedby={describedBy("accessKeySecret", true)}
            disabled={isEmbedded}
            autoComplete="new-password"
            className="font-mono"
          />
        </Field>
      </form>
    </Dialog>
  );
}
