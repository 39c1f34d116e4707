"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { AlertTriangleIcon, CheckCircleIcon, InfoIcon, XCircleIcon, XIcon } from "./icons";
import { UI_STRINGS } from "./ui-strings";

export type ToastTone = "info" | "ok" | "warn" | "danger";

export type ToastInput = {
  title: ReactNode;
  description?: ReactNode;
  tone?: ToastTone;
  /** Milliseconds before it goes away; errors stay until dismissed unless set. */
  durationMs?: number;
};

type Toast = ToastInput & { id: number; tone: ToastTone };

export type ToastApi = { show: (toast: ToastInput) => number; dismiss: (id: number) => void };

const ToastContext = createContext<ToastApi | null>(null);

const TONE_ICON = { info: InfoIcon, ok: CheckCircleIcon, warn: AlertTriangleIcon, danger: XCircleIcon } as const;
const TONE_CLASSES: Record<ToastTone, string> = { info: "text-info", ok: "text-ok", warn: "text-warn", danger: "text-danger" };
const DEFAULT_DURATION_MS = 5_000;

/** Holds the toasts of the page and renders them bottom-right in a live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback((input: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-4), { ...input, id, tone: input.tone ?? "info" }]);
    return id;
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <section aria-label={UI_STRINGS.notifications} className="pointer-events-none fixed right-4 bottom-4 z-[60] flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const duration = toast.durationMs ?? (toast.tone === "danger" ? undefined : DEFAULT_DURATION_MS);
  useEffect(() => {
    if (duration === undefined) return;
    const timer = setTimeout(onDismiss, duration);
    return () => clearTimeout(timer);
  }, [duration, onDismiss]);
  const Icon = TONE_ICON[toast.tone];
  return (
    <div
      role={toast.tone === "danger" ? "alert" : "status"}
      className="pointer-events-auto flex gap-3 rounded-lg border border-border bg-surface p-3 text-sm shadow-lg shadow-shadow"
    >
      <Icon className={cn("mt-0.5 shrink-0", TONE_CLASSES[toast.tone])} />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{toast.title}</p>
        {toast.description ? <div className="mt-0.5 break-words text-fg-muted">{toast.description}</div> : null}
      </div>
      <button type="button" onClick={onDismiss} aria-label={UI_STRINGS.dismiss} className="h-fit rounded p-0.5 text-fg-muted hover:text-fg">
        <XIcon size={14} />
      </button>
    </div>
  );
}

/** The page's toasts; throws when no ToastProvider is above (a wiring mistake, not a runtime state). */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast needs a <ToastProvider> above it");
  return api;
}
