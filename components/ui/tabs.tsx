"use client";

import Link from "next/link";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";

export type TabItem = { id: string; label: ReactNode; isDisabled?: boolean };

export type TabsProps = {
  items: readonly TabItem[];
  value: string;
  onChange: (id: string) => void;
  /** Names the tab list for screen readers. */
  label: string;
  /** The id prefix shared with <TabPanel idPrefix>. */
  idPrefix: string;
  className?: string;
};

const TAB_CLASSES =
  "relative -mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap text-fg-muted hover:text-fg " +
  "aria-selected:border-accent aria-selected:text-fg aria-[current=page]:border-accent aria-[current=page]:text-fg disabled:opacity-50";

/** WAI-ARIA tabs with a roving tab index: arrows, Home and End move between tabs. */
export function Tabs({ items, value, onChange, label, idPrefix, className }: TabsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const enabled = items.filter((item) => !item.isDisabled);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = enabled.findIndex((item) => item.id === value);
    let next: TabItem | undefined;
    if (event.key === "ArrowRight") next = enabled[(index + 1) % enabled.length];
    else if (event.key === "ArrowLeft") next = enabled[(index - 1 + enabled.length) % enabled.length];
    else if (event.key === "Home") next = enabled[0];
    else if (event.key === "End") next = enabled[enabled.length - 1];
    if (!next) return;
    event.preventDefault();
    onChange(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${idPrefix}-tab-${next.id}`)}`)?.focus();
  }
  return (
    <div ref={listRef} role="tablist" aria-label={label} onKeyDown={onKeyDown} className={cn("flex gap-1 border-b border-border", className)}>
      {items.map((item) => {
        const isSelected = item.id === value;
        return (
          <button
            key={item.id}
            id={`${idPrefix}-tab-${item.id}`}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={`${idPrefix}-panel-${item.id}`}
            tabIndex={isSelected ? 0 : -1}
            disabled={item.isDisabled}
            onClick={() => onChange(item.id)}
            className={TAB_CLASSES}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({ idPrefix, id, children, className }: { idPrefix: string; id: string; children: ReactNode; className?: string }) {
  return (
    <div role="tabpanel" id={`${idPrefix}-panel-${id}`} aria-labelledby={`${idPrefix}-tab-${id}`} tabIndex={0} className={cn("pt-4", className)}>
      {children}
    </div>
  );
}

export type TabLinkItem = { href: string; label: ReactNode; isActive: boolean };

/** Tabs that are child routes: plain links in a nav, the current one marked aria-current. */
export function TabLinks({ items, label, className }: { items: readonly TabLinkItem[]; label: string; className?: string }) {
  return (
    <nav aria-label={label} className={cn("flex gap-1 border-b border-border", className)}>
      {items.map((item) => (
        <Link key={item.href} href={item.href} aria-current={item.isActive ? "page" : undefined} className={TAB_CLASSES}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
