import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES } from "./input";

export type DateInputProps = Omit<ComponentPropsWithRef<"input">, "type" | "value" | "onChange"> & {
  /** A calendar date as YYYY-MM-DD, or "" for none. */
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest allowed dates, YYYY-MM-DD. */
  min?: string;
  max?: string;
  invalid?: boolean;
};

/** A native date field: keyboard entry, the browser's calendar, and a plain YYYY-MM-DD value. */
export function DateInput({ value, onChange, invalid, className, ...rest }: DateInputProps) {
  return (
    <input
      type="date"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={invalid || undefined}
      className={cn(CONTROL_CLASSES, "w-auto font-mono tabular-nums", className)}
      {...rest}
    />
  );
}
