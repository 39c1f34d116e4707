"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

export type ReasonFieldProps = { value: string; onChange: (value: string) => void; label: string; hint?: string; placeholder?: string; error?: string };

/** The required "why" of an operation, kept in the audit trail. */
export function ReasonField({ value, onChange, label, hint, placeholder, error }: ReasonFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error} isRequired>
      <Textarea id={id} value={value} onChange={(event) => onChange(event.target.value)} rows={2} maxLength={500} placeholder={placeholder} invalid={Boolean(error)} />
    </Field>
  );
}
