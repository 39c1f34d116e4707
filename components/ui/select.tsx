import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES } from "./input";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = ComponentPropsWithRef<"select"> & {
  /** Either options here, or <option> children. */
  options?: readonly SelectOption[];
  invalid?: boolean;
};

/** A native select: keyboard, type-ahead and screen readers work without extra code. */
export function Select({ options, invalid, className, children, ...rest }: SelectProps) {
  return (
    <select aria-invalid={invalid || undefined} className={cn(CONTROL_CLASSES, "pr-7", className)} {...rest}>
      {options
        ? options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))
        : children}
    </select>
  );
}
