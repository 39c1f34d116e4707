import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";

/** Shared look of text-like controls (input, select, textarea). */
export const CONTROL_CLASSES =
  "h-8 w-full min-w-0 rounded-md border border-border bg-surface px-2.5 text-sm text-fg placeholder:text-fg-muted " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-danger";

export type InputProps = ComponentPropsWithRef<"input"> & { invalid?: boolean };

export function Input({ invalid, className, ...rest }: InputProps) {
  return <input aria-invalid={invalid || undefined} className={cn(CONTROL_CLASSES, className)} {...rest} />;
}

export type TextareaProps = ComponentPropsWithRef<"textarea"> & { invalid?: boolean };

export function Textarea({ invalid, className, ...rest }: TextareaProps) {
  return <textarea aria-invalid={invalid || undefined} className={cn(CONTROL_CLASSES, "h-auto min-h-16 py-1.5", className)} {...rest} />;
}
