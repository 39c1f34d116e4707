"use client";

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { CHART_THEME } from "./chart-theme";

export type TDonutSlice = { name: string; value: number; color: string };

export type DonutChartProps = { slices: readonly TDonutSlice[]; label: string; height?: number };

/** A donut with a tooltip and a legend that lists every slice with its count (readable without colour). Never fetches. */
export function DonutChart({ slices, label, height = 150 }: DonutChartProps) {
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  return (
    <div className="flex flex-col items-center gap-3">
      <div role="img" aria-label={label} style={{ height, width: height }} className="shrink-0">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie data={slices as TDonutSlice[]} dataKey="value" nameKey="name" innerRadius="58%" outerRadius="92%" paddingAngle={1} stroke="var(--surface)" isAnimationActive={false}>
              {slices.map((slice) => (
                <Cell key={slice.name} fill={slice.color} />
              ))}
            </Pie>
            <Tooltip contentStyle={CHART_THEME.tooltip.contentStyle} itemStyle={CHART_THEME.tooltip.itemStyle} />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul className="grid w-full grid-cols-1 gap-y-1 text-sm">
        {slices.map((slice) => (
          <li key={slice.name} className="flex items-center gap-2">
            <span aria-hidden="true" className="size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: slice.color }} />
            <span className="min-w-0 truncate" title={slice.name}>{slice.name}</span>
            <span className="ml-auto pl-2 font-mono text-xs whitespace-nowrap text-fg-muted tabular-nums">
              {slice.value} {total > 0 ? `(${Math.round((slice.value / total) * 100)}%)` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
