"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { isApiClientError } from "@/lib/client/api-client";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useSaveDataSource } from "@/lib/client/connectivity/use-save-data-source";
import type { TApiIssue } from "@/lib/contracts/common";
import { DATA_SOURCE_TYPES, type TDataSource, type TDataSourceType } from "@/lib/contracts/connectivity";
import { CONNECTIVITY_STRINGS } from "./connectivity-strings";
import { checkForm, fieldOfIssuePath, fieldsOfType, formValuesOf, placeholderOf, toCreateBody, toUpdateBody, type TDataSourceFormField, type TDataSourceFormValues } from "./data-source-form";

const S = CONNECTIVITY_STRINGS.form;

export type DataSourceFormDialogProps = {
  open: boolean;
  onClose: () => void;
  workspace: TWorkspaceRef;
  /** null adds a new data source. */
  dataSource: TDataSource | null;
};

/** Add or edit a data source: inputs per type, checked as the server checks them; a stored password is never shown. */
export function DataSourceFormDialog({ open, onClose, workspace, dataSource }: DataSourceFormDialogProps) {
  const formId = useId();
  const isEdit = dataSource !== null;
  const [values, setValues] = useState<TDataSourceFormValues>(() => formValuesOf(dataSource));
  const [errors, setErrors] = useState<Partial<Record<TDataSourceFormField, string>>>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const save = useSaveDataSource(workspace);

  useEffect(() => {
    if (!open) return;
    setValues(formValuesOf(dataSource));
    setErrors({});
    setGeneralError(null);
  }, [open, dataSource]);

  function set<K extends keyof TDataSourceFormValues>(field: K, value: TDataSourceFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (field !== "noPassword") setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function showIssues(issues: readonly TApiIssue[], fallback: string | null) {
    const byField: Partial<Record<TDataSourceFormField, string>> = {};
    const general: string[] = [];
    for (const issue of issues) {
      const field = fieldOfIssuePath(issue.path);
      if (field) byField[field] ??= issue.message;
      else general.push(issue.message);
    }
    setErrors(byField);
    setGeneralError(general[0] ?? (Object.keys(byField).length === 0 ? fallback : null));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneralError(null);
    const { issues } = checkForm(values, isEdit);
    if (issues.length > 0) return showIssues(issues, null);
    const onError = (error: Error) => showIssues(isApiClientError(error) ? error.issues : [], error.message);
    if (dataSource) save.mutate({ dataSourceId: dataSource.dataSourceId, body: toUpdateBody(values) }, { onSuccess: onClose, onError });
    else save.mutate({ dataSourceId: null, body: toCreateBody(values) }, { onSuccess: onClose, onError });
  }

  const shown = fieldsOfType(values.type);
  const id = (field: string) => `${formId}-${field}`;
  const describedBy = (field: TDataSourceFormField, hint?: unknown) => fieldDescribedBy(id(field), { hint, error: errors[field] });
  const passwordHint = isEdit ? S.passwordHintEdit : S.passwordHintNew;

  return (
    <Dialog
      open={open}
      onClose={save.isPending ? () => undefined : onClose}
      title={dataSource ? S.editTitle(dataSource.name) : S.addTitle}
      footer={
        <>
          <Button onClick={onClose} disabled={save.isPending}>
            {S.cancel}
          </Button>
          <Button type="submit" form={formId} variant="primary" isLoading={save.isPending}>
            {isEdit ? S.save : S.create}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {generalError ? (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {S.saveFailed}: {generalError}
          </p>
        ) : null}
        <div className="grid grid-cols-2 gap-3">
          <Field id={id("name")} label={S.name} hint={isEdit ? undefined : S.nameHint} error={errors.name} isRequired>
            <Input id={id("name")} value={values.name} onChange={(event) => set("name", event.target.value)} disabled={isEdit} invalid={!!errors.name} aria-describedby={describedBy("name", !isEdit)} autoComplete="off" data-autofocus />
          </Field>
          <Field id={id("type")} label={S.type} hint={isEdit ? S.typeFixed : undefined} error={errors.type} isRequired>
            <Select
              id={id("type")}
              value={values.type}
              onChange={(event) => set("type", event.target.value as TDataSourceType)}
              disabled={isEdit}
              options={DATA_SOURCE_TYPES.map((type) => ({ value: type, label: CONNECTIVITY_STRINGS.types[type] }))}
            />
          </Field>
        </div>
        {shown.includes("jdbcUrl") ? (
          <Field id={id("jdbcUrl")} label={S.jdbcUrl} hint={S.jdbcHint} error={errors.jdbcUrl} isRequired>
            <Input id={id("jdbcUrl")} value={values.jdbcUrl} onChange={(event) => set("jdbcUrl", event.target.value)} placeholder={placeholderOf(values.type)} invalid={!!errors.jdbcUrl} aria-describedby={describedBy("jdbcUrl", true)} className="font-mono" autoComplete="off" spellCheck={false} />
          </Field>
        ) : null}
        {shown.includes("addresses") ? (
          <Field id={id("addresses")} label={S.addresses} hint={S.addressesHint} error={errors.addresses} isRequired>
            <Textarea id={id("addresses")} rows={2} value={values.addresses} onChange={(event) => set("addresses", event.target.value)} placeholder={placeholderOf(values.type)} invalid={!!errors.addresses} aria-describedby={describedBy("addresses", true)} className="font-mono" spellCheck={false} />
          </Field>
        ) : null}
        {shown.includes("url") ? (
          <Field id={id("url")} label={S.url} error={errors.url} isRequired>
            <Input id={id("url")} type="url" value={values.url} onChange={(event) => set("url", event.target.value)} placeholder={placeholderOf(values.type)} invalid={!!errors.url} aria-describedby={describedBy("url")} className="font-mono" autoComplete="off" spellCheck={false} />
          </Field>
        ) : null}
        {shown.includes("database") ? (
          <Field id={id("database")} label={S.database} hint={S.databaseHint} error={errors.database} isRequired>
            <Input id={id("database")} value={values.database} onChange={(event) => set("database", event.target.value)} invalid={!!errors.database} aria-describedby={describedBy("database", true)} autoComplete="off" />
          </Field>
        ) : null}
        {shown.includes("username") || shown.includes("password") ? (
          <div className="grid grid-cols-2 gap-3">
            {shown.includes("username") ? (
              <Field id={id("username")} label={S.username} error={errors.username} isRequired={values.type !== "mongodb"}>
                <Input id={id("username")} value={values.username} onChange={(event) => set("username", event.target.value)} invalid={!!errors.username} aria-describedby={describedBy("username")} autoComplete="off" />
              </Field>
            ) : null}
            {shown.includes("password") ? (
              <Field id={id("password")} label={S.password} hint={passwordHint} error={errors.password}>
                <Input
                  id={id("password")}
                  type="password"
                  value={values.password}
                  onChange={(event) => set("password", event.target.value)}
                  placeholder={isEdit && dataSource?.hasPassword ? S.passwordUnchanged : undefined}
                  disabled={values.noPassword}
                  invalid={!!errors.password}
                  aria-describedby={describedBy("password", true)}
                  autoComplete="new-password"
                />
              </Field>
            ) : null}
          </div>
        ) : null}
        {isEdit && shown.includes("password") && dataSource?.hasPassword ? <Checkbox label={S.noPassword} checked={values.noPassword} onChange={(event) => set("noPassword", event.target.checked)} /> : null}
        <div className="grid grid-cols-2 gap-3">
          <Field id={id("description")} label={S.description} error={errors.description}>
            <Input id={id("description")} value={values.description} onChange={(event) => set("description", event.target.value)} invalid={!!errors.description} aria-describedby={describedBy("description")} autoComplete="off" />
          </Field>
          <Field id={id("envType")} label={S.env} error={errors.envType}>
            <Select
              id={id("envType")}
              value={values.envType}
              onChange={(event) => set("envType", event.target.value === "0" ? "0" : "1")}
              options={[
                { value: "1", label: CONNECTIVITY_STRINGS.table.production },
                { value: "0", label: CONNECTIVITY_STRINGS.table.development },
              ]}
            />
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
