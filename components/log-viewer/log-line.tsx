import { memo, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { TLogMatch } from "./log-search";

export type LogLineProps = {
  index: number;
  text: string;
  top: number;
  height: number;
  gutterChars: number;
  isError: boolean;
  isSelected: boolean;
  /** Matches on this line, and which of them is the current one (-1: none). */
  matches: readonly TLogMatch[];
  currentMatchStart: number;
  onSelectLine: (index: number) => void;
  lineLinkLabel: string;
};

function highlight(text: string, matches: readonly TLogMatch[], currentMatchStart: number): ReactNode {
  if (matches.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(
      <mark key={match.start} className={cn("rounded-sm text-fg", match.start === currentMatchStart ? "bg-accent text-on-accent" : "bg-warn-soft")}>
        {text.slice(match.start, match.end)}
      </mark>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** One log line: its number (a link to it), a mark for error lines, and the search matches highlighted. */
export const LogLine = memo(function LogLine({ index, text, top, height, gutterChars, isError, isSelected, matches, currentMatchStart, onSelectLine, lineLinkLabel }: LogLineProps) {
  return (
    <div
      className={cn("absolute left-0 flex min-w-full whitespace-pre", isError && "bg-danger-soft", isSelected && "bg-accent-soft")}
      style={{ top, height, lineHeight: `${height}px` }}
      data-line={index + 1}
    >
      <button
        type="button"
        tabIndex={-1}
        onClick={() => onSelectLine(index)}
        aria-label={lineLinkLabel}
        className={cn("sticky left-0 shrink-0 select-none border-r border-border bg-surface-muted pr-2 pl-1 text-right text-fg-muted hover:text-fg", isError && "text-danger")}
        style={{ width: `${gutterChars + 2}ch` }}
      >
        {isError ? "!" : ""}
        {index + 1}
      </button>
      <span className={cn("pl-2 pr-4", isError && "text-danger")}>{highlight(text, matches, currentMatchStart)}</span>
    </div>
  );
});
