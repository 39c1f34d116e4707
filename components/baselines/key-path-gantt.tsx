"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { statusStyleOf } from "@/components/instances/status-style";
import type { TKeyPathEntry } from "@/lib/contracts/baselines";
import { BASELINE_STRINGS } from "./baseline-strings";
import { formatClock } from "./baseline-time";
import { ganttGeometry } from "./gantt-geometry";

const STRINGS = BASELINE_STRINGS.detail;
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 22;
const MARKER_COLORS = { commitment: "var(--danger)", alert: "var(--warn)", now: "var(--accent)" } as const;

export type KeyPathGanttProps = {
  entries: readonly TKeyPathEntry[];
  slaTime: string | null;
  expTime: string | null;
  now: number;
  timezone: string;
  blockInstanceId: string | null;
  onOpen: (instanceId: string) => void;
};

/** Width of an element, followed as it resizes. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(320, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The key path as a Gantt chart: per instance its predicted run (outlined) above its actual run
 * (filled in its status colour, open-ended while running), against the alert time, the
 * commitment and now. Plain SVG; geometry from gantt-geometry.ts.
 */
export function KeyPathGantt({ entries, slaTime, expTime, now, timezone, blockInstanceId, onOpen }: KeyPathGanttProps) {
  const [containerRef, width] = useWidth<HTMLDivElement>();
  const plotWidth = width - LABEL_WIDTH - 8;
  const geometry = useMemo(() => ganttGeometry(entries, { now, slaTime, expTime, width: plotWidth, rowHeight: ROW_HEIGHT }), [entries, now, slaTime, expTime, plotWidth]);
  const height = geometry.height + AXIS_HEIGHT + 4;
  return (
    <div ref={containerRef} className="w-full">
      <svg width={width} height={height} role="img" aria-label={STRINGS.ganttLabel} className="block text-fg">
        <g transform={`translate(${LABEL_WIDTH}, 0)`}>
          {geometry.ticks.map((tick) => (
            <g key={tick.at}>
              <line x1={tick.x} x2={tick.x} y1={AXIS_HEIGHT - 4} y2={height} stroke="var(--border)" />
              <text x={tick.x} y={12} textAnchor="middle" fontSize={11} fill="var(--fg-muted)">
                {formatClock(new Date(tick.at).toISOString(), timezone)}
              </text>
            </g>
          ))}
        </g>
        {geometry.rows.map((row) => {
          const color = statusStyleOf(row.status).color;
          const y = AXIS_HEIGHT + row.y;
          const isBlock = row.instanceId === blockInstanceId;
          return (
            <g key={row.instanceId} className="cursor-pointer" onClick={() => onOpen(row.instanceId)}>
              {isBlock ? <rect x={0} y={y} width={width} height={ROW_HEIGHT} fill="var(--warn-soft)" /> : null}
              <text x={6} y={y + ROW_HEIGHT / 2 + 4} fontSize={12} fill="var(--fg)" fontWeight={isBlock ? 600 : 400}>
                <title>{row.label}</title>
                {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
              </text>
              <g transform={`translate(${LABEL_WIDTH}, ${y})`}>
                {row.predicted ? (
                  <rect x={row.predicted.x} y={4} width={row.predicted.width} height={8} rx={2} fill="none" stroke="var(--fg-muted)" strokeDasharray="3 2">
                    <title>{`${STRINGS.legend.predicted}: ${formatClock(new Date(row.predicted.start).toISOString(), timezone)}–${formatClock(new Date(row.predicted.end).toISOString(), timezone)}`}</title>
                  </rect>
                ) : null}
                {row.actual ? (
                  <rect x={row.actual.x} y={14} width={row.actual.width} height={8} rx={2} fill={color} opacity={row.actual.isOpen ? 0.7 : 1}>
                    <title>{`${STRINGS.legend.actual}: ${formatClock(new Date(row.actual.start).toISOString(), timezone)}–${row.actual.isOpen ? "…" : formatClock(new Date(row.actual.end).toISOString(), timezone)}`}</title>
                  </rect>
                ) : null}
              </g>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, 0)`}>
          {geometry.markers.map((marker) => (
            <line key={marker.kind} x1={marker.x} x2={marker.x} y1={AXIS_HEIGHT - 6} y2={height} stroke={MARKER_COLORS[marker.kind]} strokeWidth={marker.kind === "now" ? 1 : 2} strokeDasharray={marker.kind === "now" ? "2 2" : undefined}>
              <title>{`${STRINGS.legend[marker.kind]} ${formatClock(new Date(marker.at).toISOString(), timezone)}`}</title>
            </line>
          ))}
        </g>
      </svg>
      <ul className="mt-2 flex flex-wrap gap-4 text-xs text-fg-muted" aria-label="Legend">
        <li className="flex items-center gap-1">
          <span className="inline-block h-2 w-5 rounded-sm border border-dashed border-fg-muted" aria-hidden /> {STRINGS.legend.predicted}
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-2 w-5 rounded-sm bg-accent" aria-hidden /> {STRINGS.legend.actual}
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-0.5 bg-warn" aria-hidden /> {STRINGS.legend.alert} {formatClock(expTime, timezone)}
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-0.5 bg-danger" aria-hidden /> {STRINGS.legend.commitment} {formatClock(slaTime, timezone)}
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-0.5 bg-accent" aria-hidden /> {STRINGS.legend.now}
        </li>
      </ul>
    </div>
  );
}
