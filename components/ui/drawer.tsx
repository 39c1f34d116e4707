"use client";

import { useId, type ReactNode } from "react";
import { cn } from "./cn";
import { useModalDialog } from "./dialog";
import { XIcon } from "./icons";
import { UI_STRINGS } from "./ui-strings";

export type DrawerProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  width?: "md" | "lg";
};

/** A panel sliding in from the right, modal like Dialog (Escape and the backdrop close it). */
export function Drawer({ open, onClose, title, description, children, footer, width = "md" }: DrawerProps) {
  const titleId = useId();
  const dialogProps = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialogProps}
      aria-labelledby={titleId}
      className={cn(
        "fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none border-l border-border bg-surface p-0 text-fg shadow-xl shadow-shadow",
        width === "md" ? "w-[min(32rem,100vw)]" : "w-[min(48rem,100vw)]",
      )}
    >
      {open ? (
        <div className="flex h-full flex-col">
          <header className="flex items-start justify-between gap-4 border-b border-border px-5 py-3">
            <div className="min-w-0">
              <h2 id={titleId} className="text-base font-semibold">{title}</h2>
              {description ? <div className="mt-1 text-sm text-fg-muted">{description}</div> : null}
            </div>
            <button type="button" onClick={onClose} aria-label={UI_STRINGS.close} className="-mr-1 rounded p-1 text-fg-muted hover:bg-surface-muted hover:text-fg">
              <XIcon />
            </button>
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
          {footer ? <footer className="flex justify-end gap-2 border-t border-border px-5 py-3">{footer}</footer> : null}
        </div>
      ) : null}
    </dialog>
  );
}
