"use client";

import { memo, useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DateInput } from "@/components/ui/date-input";
import { FilterIcon, XIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { addDays } from "@/lib/client/instances/bizdate";
import { DAG_TYPES, type TInstanceFilter, type TInstanceStatus } from "@/lib/contracts/instances";
import { INSTANCE_STRINGS } from "./instance-strings";
import { STATUS_SCAN_ORDER, STATUS_STYLES } from "./status-style";

export type InstanceFiltersProps = {
  filter: TInstanceFilter;
  onChange: (filter: TInstanceFilter) => void;
  /** The business date running now in the workspace's zone (for the quick buttons). */
  currentBizdate: string;
};

const STRINGS = INSTANCE_STRINGS.filters;
type DateMode = "all" | "day" | "range";

function dateModeOf(filter: TInstanceFilter): DateMode {
  if (filter.from !== undefined || filter.to !== undefined) return "range";
  return filter.bizdate !== undefined ? "day" : "all";
}

/** Text filters are typed into a draft and applied on Enter / Apply; choices apply at once. */
type TextDraft = { node: string; nodeId: string; owner: string; programType: string; baselineId: string };

function draftOf(filter: TInstanceFilter): TextDraft {
  return { node: filter.node ?? "", nodeId: filter.nodeId ?? "", owner: filter.owner ?? "", programType: filter.programType ?? "", baselineId: filter.baselineId ?? "" };
}

function textFilterOf(draft: TextDraft): Pick<TInstanceFilter, keyof TextDraft> {
  const id = (text: string) => (/^\d{1,20}$/.test(text.trim()) ? text.trim() : undefined);
  return {
    node: draft.node.trim() || undefined,
    nodeId: id(draft.nodeId),
    owner: draft.owner.trim() || undefined,
    programType: draft.programType.trim().toUpperCase() || undefined,
    baselineId: id(draft.baselineId),
  };
}

/** The filter bar of the instances page; every value lives in the URL (the page owns it). Memoised: ticking rows does not re-render it. */
export const InstanceFilters = memo(function InstanceFilters({ filter, onChange, currentBizdate }: InstanceFiltersProps) {
  const id = useId();
  const [draft, setDraft] = useState<TextDraft>(() => draftOf(filter));
  const [isExpanded, setIsExpanded] = useState(() => filter.owner !== undefined || filter.programType !== undefined || filter.dagType !== undefined || filter.baselineId !== undefined || filter.suspended !== undefined || filter.nodeId !== undefined);
  const [dateMode, setDateMode] = useState<DateMode>(() => dateModeOf(filter));
  const filterKey = JSON.stringify(filter);
  // The URL is the truth: back/forward or a link replaces what was typed.
  useEffect(() => {
    const next = JSON.parse(filterKey) as TInstanceFilter;
    setDraft(draftOf(next));
    setDateMode(dateModeOf(next));
  }, [filterKey]);

  const statuses = new Set(filter.status ?? []);
  // Every change carries what is typed too, so a click right after typing keeps both.
  const apply = (patch: Partial<TInstanceFilter>) => onChange({ ...filter, ...textFilterOf(draft), ...patch });
  const applyText = (event?: FormEvent) => {
    event?.preventDefault();
    apply({});
  };
  const applyTextIfChanged = () => {
    const typed = textFilterOf(draft);
    if ((Object.keys(typed) as (keyof TextDraft)[]).some((key) => typed[key] !== filter[key])) apply({});
  };
  const toggleStatus = (status: TInstanceStatus) => {
    const next = new Set(statuses);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    apply({ status: STATUS_SCAN_ORDER.filter((candidate) => next.has(candidate)) });
  };
  const setMode = (mode: DateMode) => {
    setDateMode(mode);
    if (mode === "all") apply({ bizdate: undefined, from: undefined, to: undefined });
    if (mode === "day") apply({ bizdate: filter.bizdate ?? currentBizdate, from: undefined, to: undefined });
    if (mode === "range") apply({ bizdate: undefined, from: filter.from ?? addDays(currentBizdate, -6), to: filter.to ?? currentBizdate });
  };
  const textField = (key: keyof TextDraft, label: string, options: { placeholder?: string; inputMode?: "numeric"; className?: string; isSearch?: boolean } = {}) => (
    <label className={cn("flex flex-col gap-1 text-xs text-fg-muted", options.className)}>
      {label}
      <Input
        type={options.isSearch ? "search" : "text"}
        data-shortcut={options.isSearch ? "search" : undefined}
        inputMode={options.inputMode}
        value={draft[key]}
        placeholder={options.placeholder}
        onChange={(event) => setDraft((current) => ({ ...current, [key]: event.target.value }))}
        onBlur={applyTextIfChanged}
        className="h-8"
      />
    </label>
  );

  return (
    <form onSubmit={applyText} aria-label={STRINGS.legend} className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.bizdateMode}
          <Select value={dateMode} onChange={(event) => setMode(event.target.value as DateMode)} className="h-8">
            <option value="all">{STRINGS.modeAll}</option>
            <option value="day">{STRINGS.modeDay}</option>
            <option value="range">{STRINGS.modeRange}</option>
          </Select>
        </label>
        {dateMode === "day" ? (
          <div className="flex items-end gap-1">
            <label className="flex flex-col gap-1 text-xs text-fg-muted">
              {STRINGS.bizdate}
              <DateInput value={filter.bizdate ?? ""} onChange={(value) => apply({ bizdate: value || undefined })} className="h-8" />
            </label>
            <Button size="sm" variant={filter.bizdate === currentBizdate ? "primary" : "secondary"} onClick={() => apply({ bizdate: currentBizdate })}>
              {STRINGS.today}
            </Button>
            <Button size="sm" variant={filter.bizdate === addDays(currentBizdate, -1) ? "primary" : "secondary"} onClick={() => apply({ bizdate: addDays(currentBizdate, -1) })}>
              {STRINGS.yesterday}
            </Button>
          </div>
        ) : null}
        {dateMode === "range" ? (
          <div className="flex items-end gap-2">
            <label className="flex flex-col gap-1 text-xs text-fg-muted">
              {STRINGS.from}
              <DateInput value={filter.from ?? ""} max={filter.to} onChange={(value) => apply({ from: value || undefined })} className="h-8" />
            </label>
            <label className="flex flex-col gap-1 text-xs text-fg-muted">
              {STRINGS.to}
              <DateInput value={filter.to ?? ""} min={filter.from} onChange={(value) => apply({ to: value || undefined })} className="h-8" />
            </label>
          </div>
        ) : null}
        {textField("node", STRINGS.node, { placeholder: STRINGS.nodePlaceholder, className: "w-48", isSearch: true })}
        <Button size="sm" variant="ghost" icon={<FilterIcon size={12} />} aria-expanded={isExpanded} aria-controls={`${id}-more`} onClick={() => setIsExpanded((value) => !value)}>
          {isExpanded ? STRINGS.fewer : STRINGS.more}
        </Button>
        <Button size="sm" variant="ghost" icon={<XIcon size={12} />} onClick={() => onChange({})}>
          {STRINGS.clear}
        </Button>
        {/* Enter in a text field applies; the button is for the mouse. */}
        <Button size="sm" type="submit" className="ml-auto">
          {STRINGS.apply}
        </Button>
      </div>
      <fieldset className="flex flex-wrap items-center gap-1.5">
        <legend className="sr-only">{STRINGS.status}</legend>
        <span className="mr-1 text-xs text-fg-muted">{STRINGS.status}</span>
        {STATUS_SCAN_ORDER.map((status) => {
          const style = STATUS_STYLES[status];
          const isOn = statuses.has(status);
          return (
            <button
              key={status}
              type="button"
              aria-pressed={isOn}
              title={style.description}
              onClick={() => toggleStatus(status)}
              className={cn(
                "inline-flex h-7 items-center gap-1 rounded-full border px-2.5 text-xs",
                isOn ? "border-transparent bg-accent-soft text-fg ring-1 ring-accent" : "border-border text-fg-muted hover:bg-surface-muted",
              )}
            >
              <style.Icon size={12} className={style.textClass} />
              {style.label}
            </button>
          );
        })}
      </fieldset>
      {isExpanded ? (
        <div id={`${id}-more`} className="flex flex-wrap items-end gap-3 border-t border-border pt-2">
          {textField("owner", STRINGS.owner, { className: "w-36" })}
          {textField("programType", STRINGS.programType, { placeholder: STRINGS.programTypePlaceholder, className: "w-32" })}
          <label className="flex flex-col gap-1 text-xs text-fg-muted">
            {STRINGS.dagType}
            <Select value={filter.dagType ?? ""} onChange={(event) => apply({ dagType: (event.target.value || undefined) as TInstanceFilter["dagType"] })} className="h-8">
              <option value="">{STRINGS.dagTypeAny}</option>
              {DAG_TYPES.map((type) => (
                <option key={type} value={type}>
                  {INSTANCE_STRINGS.dagType[type] ?? type}
                </option>
              ))}
            </Select>
          </label>
          <label className="flex flex-col gap-1 text-xs text-fg-muted">
            {STRINGS.suspended}
            <Select
              value={filter.suspended === undefined ? "" : String(filter.suspended)}
              onChange={(event) => apply({ suspended: event.target.value === "" ? undefined : event.target.value === "true" })}
              className="h-8"
            >
              <option value="">{STRINGS.suspendedAny}</option>
              <option value="true">{STRINGS.suspendedYes}</option>
              <option value="false">{STRINGS.suspendedNo}</option>
            </Select>
          </label>
          {textField("nodeId", STRINGS.nodeId, { inputMode: "numeric", className: "w-40" })}
          {textField("baselineId", STRINGS.baselineId, { inputMode: "numeric", className: "w-32" })}
        </div>
      ) : null}
    </form>
  );
});
