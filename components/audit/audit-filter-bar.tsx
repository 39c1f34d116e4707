"use client";

import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { TAuditFilters } from "@/lib/client/audit/keys";
import { AUDIT_RESULTS } from "@/lib/contracts/audit";
import type { TAuditFilterKey } from "./audit-filters";
import { AUDIT_STRINGS } from "./audit-strings";
import { fromLocalInputValue, toLocalInputValue } from "./format-instant";

export type AuditFilterBarProps = {
  filters: TAuditFilters;
  /** The zone the From/Until inputs are read in (the browser's). */
  timeZone: string;
  onApply: (filters: Partial<Record<TAuditFilterKey, string | undefined>>) => void;
};

const RESULT_OPTIONS = [{ value: "", label: AUDIT_STRINGS.filters.anyResult }, ...AUDIT_RESULTS.map((result) => ({ value: result, label: AUDIT_STRINGS.results[result] }))];
const ACTION_SUGGESTIONS = ["instances.", "instances.rerun", "instances.stop", "instances.set-success", "instances.suspend", "instances.resume", "backfills.create", "nodes.", "users.", "data-services.", "auth."];

/** Filters applied together on Enter or Apply (not per keystroke), so the URL changes once per search. */
export function AuditFilterBar({ filters, timeZone, onApply }: AuditFilterBarProps) {
  const id = useId();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const since = text("since");
    const until = text("until");
    onApply({
      actor: text("actor"),
      action: text("action"),
      result: text("result"),
      targetId: text("targetId"),
      since: since ? fromLocalInputValue(since, timeZone) : undefined,
      until: until ? fromLocalInputValue(until, timeZone) : undefined,
    });
  }
  const labelClass = "flex flex-col gap-1 text-xs text-fg-muted";
  return (
    // The key resets the uncontrolled inputs when the URL changes (back button, Clear).
    <form key={JSON.stringify(filters)} onSubmit={onSubmit} aria-label={AUDIT_STRINGS.filters.label} className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-surface p-3">
      <label className={cn(labelClass, "w-32")}>
        {AUDIT_STRINGS.filters.actor}
        <Input name="actor" defaultValue={filters.actor ?? ""} placeholder={AUDIT_STRINGS.filters.actorPlaceholder} autoCapitalize="none" spellCheck={false} />
      </label>
      <label className={cn(labelClass, "w-44")} title={AUDIT_STRINGS.filters.actionHint}>
        {AUDIT_STRINGS.filters.action}
        <Input name="action" list={`${id}-actions`} defaultValue={filters.action ?? ""} placeholder={AUDIT_STRINGS.filters.actionPlaceholder} spellCheck={false} />
        <datalist id={`${id}-actions`}>
          {ACTION_SUGGESTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </label>
      <label className={cn(labelClass, "w-36")}>
        {AUDIT_STRINGS.filters.result}
        <Select name="result" defaultValue={filters.result ?? ""} options={RESULT_OPTIONS} />
      </label>
      <label className={cn(labelClass, "w-44")}>
        {AUDIT_STRINGS.filters.since}
        <Input type="datetime-local" name="since" defaultValue={filters.since ? toLocalInputValue(filters.since, timeZone) : ""} />
      </label>
      <label className={cn(labelClass, "w-44")}>
        {AUDIT_STRINGS.filters.until}
        <Input type="datetime-local" name="until" defaultValue={filters.until ? toLocalInputValue(filters.until, timeZone) : ""} />
      </label>
      <label className={cn(labelClass, "w-40")}>
        {AUDIT_STRINGS.filters.targetId}
        <Input name="targetId" inputMode="numeric" defaultValue={filters.targetId ?? ""} placeholder={AUDIT_STRINGS.filters.targetIdPlaceholder} className="font-mono" />
      </label>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {AUDIT_STRINGS.filters.apply}
        </Button>
        <Button onClick={() => onApply({})}>{AUDIT_STRINGS.filters.clear}</Button>
      </div>
    </form>
  );
}
