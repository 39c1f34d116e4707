/** Texts of the graph canvas, in one place so another language can be added. */
export const FLOW_STRINGS = {
  layingOut: (count: number) => `Laying out ${count.toLocaleString("en-US")} instances…`,
  layoutFailed: "The graph could not be laid out",
  tooLargeTitle: (count: number) => `${count.toLocaleString("en-US")} instances: too large to draw`,
  tooLargeHint: "Filter first: lower the depth, or open the instance list filtered to this DAG.",
  empty: "Nothing to draw",
  canvasLabel: "Dependency graph",
  centerBadge: "this instance",
  openHint: "Click an instance to open it",
  zoomedOutHint: "Zoomed out: names hidden. Zoom in to read them.",
} as const;
