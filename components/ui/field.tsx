import type { ReactNode } from "react";
import { cn } from "./cn";

export type FieldProps = {
  /** The id of the control inside; the label points at it, and hint/error ids derive from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  isRequired?: boolean;
  className?: string;
  children: ReactNode;
};

/** The ids a control should list in aria-describedby for its hint and error. */
export function fieldDescribedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** A label, the control, a hint and an error message, stacked. */
export function Field({ id, label, hint, error, isRequired, className, children }: FieldProps) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {isRequired ? <span aria-hidden="true" className="ml-0.5 text-danger">*</span> : null}
      </label>
      {children}
      {hint ? <p id={`${id}-hint`} className="text-xs text-fg-muted">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-xs text-danger" role="alert">{error}</p> : null}
    </div>
  );
}
