"use client";

import { CartesianGrid, Legend, Line, LineChart as RechartsLineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_THEME } from "./chart-theme";

export type TLineSeries = { key: string; label: string; color: string; isDashed?: boolean };

export type LineChartProps<Row extends Record<string, unknown>> = {
  data: readonly Row[];
  xKey: keyof Row & string;
  series: readonly TLineSeries[];
  /** Accessible summary of what the chart shows. */
  label: string;
  height?: number;
  yTickFormatter?: (value: number) => string;
};

/** A line chart with tooltips, a legend and readable axes in both themes. Never fetches. */
export function LineChart<Row extends Record<string, unknown>>({ data, xKey, series, label, height = 240, yTickFormatter }: LineChartProps<Row>) {
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsLineChart data={data as unknown as Record<string, unknown>[]} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={CHART_THEME.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey as string} stroke={CHART_THEME.axis} tick={CHART_THEME.tick} tickLine={false} interval="preserveStartEnd" minTickGap={16} />
          <YAxis stroke={CHART_THEME.axis} tick={CHART_THEME.tick} tickLine={false} axisLine={false} width={44} allowDecimals={false} tickFormatter={yTickFormatter} />
          <Tooltip
            contentStyle={CHART_THEME.tooltip.contentStyle}
            labelStyle={CHART_THEME.tooltip.labelStyle}
            itemStyle={CHART_THEME.tooltip.itemStyle}
            cursor={CHART_THEME.tooltip.cursor}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: CHART_THEME.text }} />
          {series.map((line) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.label}
              stroke={line.color}
              strokeWidth={2}
              strokeDasharray={line.isDashed ? "5 4" : undefined}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </RechartsLineChart>
      </ResponsiveContainer>
    </div>
  );
}
