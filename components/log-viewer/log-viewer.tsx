"use client";

import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Button, IconButton } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { AlertTriangleIcon, ChevronDownIcon, ChevronUpIcon, CopyIcon, SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { LogLine } from "./log-line";
import { findErrorLines, findMatches, stepMatch, type TLogMatch } from "./log-search";
import { LOG_VIEWER_STRINGS as STRINGS } from "./log-viewer-strings";
import { isAtBottom, scrollTopFor, visibleWindow } from "./visible-window";

export type LogViewerProps = {
  /** A new array whenever the log changed (memoise it): the viewer recomputes by identity. */
  lines: readonly string[];
  /** New lines may still arrive: show the live marker and offer follow mode. */
  isLive: boolean;
  /** Name of the downloaded file. */
  fileName: string;
  /** Shown above the lines, e.g. that the upstream kept only the newest part. */
  notice?: ReactNode;
  /** Shown instead of the lines when there are none. */
  empty: ReactNode;
  className?: string;
};

const LINE_HEIGHT = 18;
const OVERSCAN = 30;
const VIEWPORT_HEIGHT = 480;
const NO_MATCHES: readonly TLogMatch[] = [];

function lineFromHash(): number | null {
  const match = /^#L(\d+)$/.exec(typeof window === "undefined" ? "" : window.location.hash);
  return match ? Number(match[1]) - 1 : null;
}

/**
 * A log viewer for multi-MB logs: only the lines in view are rendered (fixed line height), with
 * line numbers that link to `#L<n>`, search with a match count and next / previous, a jump to the
 * first failure line, follow mode that sticks to the bottom until the user scrolls up, and copy /
 * download of the whole log.
 */
export function LogViewer({ lines, isLive, fileName, notice, empty, className }: LogViewerProps) {
  const toast = useToast();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [isFollowing, setIsFollowing] = useState(true);
  const [query, setQuery] = useState("");
  const [isCaseSensitive, setIsCaseSensitive] = useState(false);
  const [currentMatch, setCurrentMatch] = useState(-1);
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  const [errorCursor, setErrorCursor] = useState(-1);
  const deferredQuery = useDeferredValue(query);

  const errorLines = useMemo(() => findErrorLines(lines), [lines]);
  const errorLineSet = useMemo(() => new Set(errorLines), [errorLines]);
  const search = useMemo(() => findMatches(lines, deferredQuery, { isCaseSensitive }), [lines, deferredQuery, isCaseSensitive]);
  const matchesByLine = useMemo(() => {
    const byLine = new Map<number, TLogMatch[]>();
    for (const match of search.matches) {
      const list = byLine.get(match.line);
      if (list) list.push(match);
      else byLine.set(match.line, [match]);
    }
    return byLine;
  }, [search]);
  const widestLine = useMemo(() => lines.reduce((widest, line) => Math.max(widest, line.length), 0), [lines]);
  const gutterChars = String(Math.max(lines.length, 1)).length + 1;

  const scrollToLine = useCallback((line: number) => {
    const element = scrollRef.current;
    if (!element) return;
    const top = scrollTopFor(line, { scrollTop: element.scrollTop, viewportHeight: element.clientHeight, lineHeight: LINE_HEIGHT });
    if (top !== element.scrollTop) {
      setIsFollowing(false);
      element.scrollTop = top;
    }
  }, []);

  // Follow mode: after new lines, stay at the bottom.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element && isFollowing && isLive) element.scrollTop = element.scrollHeight;
  }, [lines, isFollowing, isLive]);

  // A shared link to a line (#L120) opens at that line once the log is there.
  const hasOpenedHash = useRef(false);
  useEffect(() => {
    if (hasOpenedHash.current || lines.length === 0) return;
    hasOpenedHash.current = true;
    const line = lineFromHash();
    if (line !== null && line < lines.length) {
      setSelectedLine(line);
      setIsFollowing(false);
      requestAnimationFrame(() => scrollToLine(line));
    }
  }, [lines.length, scrollToLine]);

  useEffect(() => setCurrentMatch(-1), [deferredQuery, isCaseSensitive]);

  const goToMatch = (step: 1 | -1) => {
    const next = stepMatch(currentMatch, search.matches.length, step);
    setCurrentMatch(next);
    const match = search.matches[next];
    if (match) scrollToLine(match.line);
  };

  const goToError = () => {
    if (errorLines.length === 0) return;
    const next = stepMatch(errorCursor, errorLines.length, 1);
    setErrorCursor(next);
    const line = errorLines[next]!;
    setSelectedLine(line);
    scrollToLine(line);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      goToMatch(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape" && query !== "") {
      event.preventDefault();
      setQuery("");
    }
  };

  const onSelectLine = useCallback((line: number) => {
    setSelectedLine(line);
    window.history.replaceState(null, "", `#L${line + 1}`);
  }, []);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    setScrollTop(element.scrollTop);
    const atBottom = isAtBottom({ scrollTop: element.scrollTop, viewportHeight: element.clientHeight, contentHeight: element.scrollHeight });
    if (!atBottom && isFollowing) setIsFollowing(false);
    else if (atBottom && !isFollowing && isLive) setIsFollowing(true);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(lines.join("\n"));
      toast.show({ tone: "ok", title: STRINGS.copied });
    } catch {
      toast.show({ tone: "warn", title: STRINGS.copyFailed });
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([lines.join("\n")], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const window_ = visibleWindow({ scrollTop, viewportHeight: VIEWPORT_HEIGHT, lineHeight: LINE_HEIGHT, lineCount: lines.length, overscan: OVERSCAN });
  const current = search.matches[currentMatch];
  const rendered: ReactNode[] = [];
  for (let index = window_.first; index < window_.last; index++) {
    rendered.push(
      <LogLine
        key={index}
        index={index}
        text={lines[index]!}
        top={index * LINE_HEIGHT}
        height={LINE_HEIGHT}
        gutterChars={gutterChars}
        isError={errorLineSet.has(index)}
        isSelected={selectedLine === index}
        matches={matchesByLine.get(index) ?? NO_MATCHES}
        currentMatchStart={current?.line === index ? current.start : -1}
        onSelectLine={onSelectLine}
        lineLinkLabel={STRINGS.lineLink(index + 1)}
      />,
    );
  }

  return (
    <section aria-label={STRINGS.logRegion} className={cn("flex flex-col rounded-md border border-border bg-surface", className)}>
      <div className="flex flex-wrap items-center gap-2 border-b border-border p-2">
        <div className="relative min-w-64 flex-1">
          <SearchIcon size={14} className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-fg-muted" />
          <Input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKeyDown}
            placeholder={STRINGS.searchPlaceholder}
            aria-label={STRINGS.searchLabel}
            className="pl-7"
          />
        </div>
        <span className="min-w-24 text-xs text-fg-muted tabular-nums" aria-live="polite">
          {deferredQuery === "" ? "" : STRINGS.matchCount(currentMatch + 1, search.matches.length, search.isCapped)}
        </span>
        <IconButton label={STRINGS.previousMatch} icon={<ChevronUpIcon size={14} />} size="sm" variant="secondary" onClick={() => goToMatch(-1)} disabled={search.matches.length === 0} />
        <IconButton label={STRINGS.nextMatch} icon={<ChevronDownIcon size={14} />} size="sm" variant="secondary" onClick={() => goToMatch(1)} disabled={search.matches.length === 0} />
        <Checkbox label={STRINGS.caseSensitive} checked={isCaseSensitive} onChange={(event) => setIsCaseSensitive(event.target.checked)} />
        <Button size="sm" variant={errorLines.length > 0 ? "danger" : "secondary"} icon={<AlertTriangleIcon size={14} />} onClick={goToError} disabled={errorLines.length === 0}>
          {errorCursor >= 0 && errorLines.length > 1 ? STRINGS.nextError : STRINGS.firstError(errorLines.length)}
        </Button>
        <span className="ml-auto flex items-center gap-2">
          {isLive ? (
            <>
              <span className="inline-flex items-center gap-1 text-xs text-accent" title={STRINGS.liveHint}>
                <span aria-hidden className="size-2 rounded-full bg-accent motion-safe:animate-pulse" />
                {STRINGS.live}
              </span>
              <span title={STRINGS.followHint}>
                <Checkbox label={STRINGS.follow} checked={isFollowing} onChange={(event) => setIsFollowing(event.target.checked)} />
              </span>
            </>
          ) : null}
          <span className="text-xs text-fg-muted tabular-nums">{STRINGS.lineCount(lines.length)}</span>
          <Button size="sm" icon={<CopyIcon size={14} />} onClick={copy} disabled={lines.length === 0}>
            {STRINGS.copy}
          </Button>
          <Button size="sm" onClick={download} disabled={lines.length === 0}>
            {STRINGS.download}
          </Button>
        </span>
      </div>
      {notice ? <div className="border-b border-border bg-warn-soft px-3 py-1.5 text-xs text-warn">{notice}</div> : null}
      {lines.length === 0 ? (
        <div className="p-4">{empty}</div>
      ) : (
        <div ref={scrollRef} onScroll={onScroll} className="relative overflow-auto font-mono text-xs text-fg" style={{ height: VIEWPORT_HEIGHT }} tabIndex={0}>
          <div className="relative" style={{ height: lines.length * LINE_HEIGHT, width: `${widestLine + gutterChars + 8}ch`, minWidth: "100%" }}>
            {rendered}
          </div>
        </div>
      )}
    </section>
  );
}
