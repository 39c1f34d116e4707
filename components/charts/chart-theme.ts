/**
 * Colours and text styles of every chart, as CSS variables of the design tokens, so that charts
 * follow the dark and light themes without re-rendering. Series colours are picked from here.
 */
export const CHART_THEME = {
  axis: "var(--fg-muted)",
  grid: "var(--border)",
  text: "var(--fg)",
  tooltip: {
    contentStyle: {
      backgroundColor: "var(--surface)",
      border: "1px solid var(--border)",
      borderRadius: 6,
      color: "var(--fg)",
      fontSize: 12,
      boxShadow: "0 4px 12px var(--shadow)",
    },
    labelStyle: { color: "var(--fg)", fontWeight: 600 },
    itemStyle: { color: "var(--fg)" },
    cursor: { stroke: "var(--border)", fill: "var(--surface-muted)" },
  },
  tick: { fill: "var(--fg-muted)", fontSize: 11 },
} as const;

/** Distinct series colours from the tokens, in order of use. */
export const SERIES_COLORS = ["var(--accent)", "var(--ok)", "var(--warn)", "var(--info)", "var(--danger)", "var(--fg-muted)"] as const;
