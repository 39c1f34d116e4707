"use client";

import { useId, useState, type ReactNode } from "react";
import { cn } from "./cn";

export type TooltipProps = {
  content: ReactNode;
  /** A node (wrapped in a span that carries aria-describedby) or a function that spreads it on its own control. */
  children: ReactNode | ((props: { "aria-describedby": string }) => ReactNode);
  side?: "top" | "bottom";
  className?: string;
};

/** Shows on hover and keyboard focus, hides on Escape; the text is also the control's description. */
export function Tooltip({ content, children, side = "top", className }: TooltipProps) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const trigger = typeof children === "function" ? children({ "aria-describedby": id }) : children;
  return (
    <span
      className={cn("relative inline-flex", className)}
      aria-describedby={typeof children === "function" ? undefined : id}
      onPointerEnter={() => setIsOpen(true)}
      onPointerLeave={() => setIsOpen(false)}
      onFocus={() => setIsOpen(true)}
      onBlur={() => setIsOpen(false)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setIsOpen(false);
      }}
    >
      {trigger}
      <span
        role="tooltip"
        id={id}
        className={cn(
          "pointer-events-none absolute left-1/2 z-50 w-max max-w-xs -translate-x-1/2 rounded-md border border-border bg-surface px-2 py-1 text-xs text-fg shadow-md shadow-shadow",
          side === "top" ? "bottom-full mb-1.5" : "top-full mt-1.5",
          isOpen ? "visible opacity-100" : "invisible opacity-0",
        )}
      >
        {content}
      </span>
    </span>
  );
}
