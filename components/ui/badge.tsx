import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "accent" | "info" | "ok" | "warn" | "danger";

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-fg-muted border-border",
  accent: "bg-accent-soft text-accent border-transparent",
  info: "bg-info-soft text-info border-transparent",
  ok: "bg-ok-soft text-ok border-transparent",
  warn: "bg-warn-soft text-warn border-transparent",
  danger: "bg-danger-soft text-danger border-transparent",
};

export type BadgeProps = { tone?: BadgeTone; icon?: ReactNode; className?: string; title?: string; children: ReactNode };

/** A short label with a tone; pass an icon too so that the meaning never rests on colour alone. */
export function Badge({ tone = "neutral", icon, className, title, children }: BadgeProps) {
  return (
    <span title={title} className={cn("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap", TONE_CLASSES[tone], className)}>
      {icon}
      {children}
    </span>
  );
}
