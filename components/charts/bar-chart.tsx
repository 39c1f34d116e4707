"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_THEME } from "./chart-theme";

export type BarChartProps<Row extends Record<string, unknown>> = {
  data: readonly Row[];
  xKey: keyof Row & string;
  yKey: keyof Row & string;
  /** The series name in the tooltip. */
  seriesLabel: string;
  color: string;
  /** A bar drawn in this colour instead (e.g. the chosen day). */
  highlight?: { index: number; color: string };
  label: string;
  height?: number;
  onBarClick?: (row: Row) => void;
};

/** A bar chart with tooltips and readable axes in both themes; bars may be clickable. Never fetches. */
export function BarChart<Row extends Record<string, unknown>>({ data, xKey, yKey, seriesLabel, color, highlight, label, height = 200, onBarClick }: BarChartProps<Row>) {
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsBarChart data={data as unknown as Record<string, unknown>[]} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={CHART_THEME.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey as string} stroke={CHART_THEME.axis} tick={CHART_THEME.tick} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
          <YAxis stroke={CHART_THEME.axis} tick={CHART_THEME.tick} tickLine={false} axisLine={false} width={44} allowDecimals={false} />
          <Tooltip
            contentStyle={CHART_THEME.tooltip.contentStyle}
            labelStyle={CHART_THEME.tooltip.labelStyle}
            itemStyle={CHART_THEME.tooltip.itemStyle}
            cursor={{ fill: "var(--surface-muted)" }}
          />
          <Bar
            dataKey={yKey as string}
            name={seriesLabel}
            fill={color}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
            cursor={onBarClick ? "pointer" : undefined}
            onClick={onBarClick ? (entry: { payload?: Row }) => entry.payload && onBarClick(entry.payload) : undefined}
          >
            {data.map((_, index) => (
              <Cell key={index} fill={highlight?.index === index ? highlight.color : color} />
            ))}
          </Bar>
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
