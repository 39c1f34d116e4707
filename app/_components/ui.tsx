import type { ReactNode } from "react";
import type { Tone } from "./format";

/** The few presentational pieces the status page shares; the real component library comes later. */

const TONE_CLASSES: Record<Tone, string> = {
  ok: "bg-ok-soft text-ok",
  danger: "bg-danger-soft text-danger",
  warn: "bg-warn-soft text-warn",
  active: "bg-surface-muted text-accent",
  neutral: "bg-surface-muted text-fg-muted",
};

export function Pill({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${TONE_CLASSES[tone]}`}>{children}</span>;
}

export function Panel({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section aria-labelledby={labelledBy} className="rounded-lg border border-border bg-surface p-5">
      {children}
    </section>
  );
}

export function PanelHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-base font-semibold">
      {children}
    </h2>
  );
}

/** A term and its value, one pair of a <dl>. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="w-36 shrink-0 text-sm text-fg-muted">{term}</dt>
      <dd className="min-w-0 break-words text-sm">
        {children}
      </dd>
    </div>
  );
}

export function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-[0.85em]">{children}</code>;
}
