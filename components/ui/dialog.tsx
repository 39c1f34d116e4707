"use client";

import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode, type SyntheticEvent } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { XIcon } from "./icons";
import { Input } from "./input";
import { UI_STRINGS } from "./ui-strings";

/**
 * Built on the native modal <dialog>: the browser makes the rest of the page inert (so focus stays
 * inside), moves focus in (to the element marked data-autofocus, else the first focusable one),
 * and turns Escape into a "cancel" event that we route to onClose.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // React's autoFocus fires before the dialog is shown; mark the first field with data-autofocus instead.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocusTo.current?.focus();
    }
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  const dialogProps = {
    ref,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onClose();
    },
    // A click on the backdrop lands on the <dialog> element itself.
    onMouseDown: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === event.currentTarget) onClose();
    },
  };
  return dialogProps;
}

export type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const SIZE_CLASSES = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-3xl" } as const;

export function Dialog({ open, onClose, title, description, children, footer, size = "md", className }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const dialogProps = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialogProps}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cn(
        "m-auto w-[calc(100%-2rem)] rounded-lg border border-border bg-surface p-0 text-fg shadow-xl shadow-shadow",
        SIZE_CLASSES[size],
        className,
      )}
    >
      {open ? (
        <div className="flex max-h-[85dvh] flex-col">
          <header className="flex items-start justify-between gap-4 border-b border-border px-5 py-3">
            <div className="min-w-0">
              <h2 id={titleId} className="text-base font-semibold">{title}</h2>
              {description ? <div id={descriptionId} className="mt-1 text-sm text-fg-muted">{description}</div> : null}
            </div>
            <button type="button" onClick={onClose} aria-label={UI_STRINGS.close} className="-mr-1 rounded p-1 text-fg-muted hover:bg-surface-muted hover:text-fg">
              <XIcon />
            </button>
          </header>
          {children ? <div className="min-h-0 overflow-y-auto px-5 py-4">{children}</div> : null}
          {footer ? <footer className="flex justify-end gap-2 border-t border-border px-5 py-3">{footer}</footer> : null}
        </div>
      ) : null}
    </dialog>
  );
}

export type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: ReactNode;
  /** What will happen, and to what. */
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: "default" | "danger";
  isPending?: boolean;
  /** When set, the confirm button stays disabled until this exact text is typed (for destructive acts). */
  confirmText?: string;
  /** Extra content that should block confirmation when false (e.g. a required reason is empty). */
  canConfirm?: boolean;
};

/** The confirm variant: the safe choice (cancel) has the focus first, Enter never confirms by accident. */
export function ConfirmDialog({
  open,
  onClose,
  onConfirm,
  title,
  children,
  confirmLabel = UI_STRINGS.confirm,
  cancelLabel = UI_STRINGS.cancel,
  tone = "default",
  isPending = false,
  confirmText,
  canConfirm = true,
}: ConfirmDialogProps) {
  const [typed, setTyped] = useState("");
  const typedId = useId();
  useEffect(() => {
    if (!open) setTyped("");
  }, [open]);
  const isTypedOk = confirmText === undefined || typed.trim() === confirmText;
  return (
    <Dialog
      open={open}
      onClose={isPending ? () => undefined : onClose}
      title={title}
      size="sm"
      footer={
        <>
          <Button data-autofocus onClick={onClose} disabled={isPending}>
            {cancelLabel}
          </Button>
          <Button variant={tone === "danger" ? "danger" : "primary"} onClick={onConfirm} isLoading={isPending} disabled={!isTypedOk || !canConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3 text-sm">
        {children}
        {confirmText !== undefined ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={typedId} className="text-xs text-fg-muted">
              {UI_STRINGS.typeToConfirm(confirmText)}
            </label>
            <Input id={typedId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
