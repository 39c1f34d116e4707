"use client";

import { useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cn } from "./cn";

export type CheckboxProps = Omit<ComponentPropsWithoutRef<"input">, "type"> & {
  /** The "some selected" state of a select-all box. */
  indeterminate?: boolean;
  label?: ReactNode;
};

export function Checkbox({ indeterminate = false, label, className, ...rest }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const box = <input ref={ref} type="checkbox" className={cn("size-4 shrink-0 cursor-pointer accent-accent disabled:cursor-not-allowed", label ? undefined : className)} {...rest} />;
  if (!label) return box;
  return (
    <label className={cn("inline-flex cursor-pointer items-center gap-2 text-sm", className)}>
      {box}
      {label}
    </label>
  );
}
