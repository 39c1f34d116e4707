/** A node to place: its id and its box size in pixels. */
export type LayoutNodeInput = { id: string; width: number; height: number };

/** A dependency: `source` comes before `target` (parent → child). */
export type LayoutEdgeInput = { source: string; target: string };

export type LayoutDirection = "LR" | "TB";

export type LayoutOptions = {
  /** LR: layers are columns, left to right (the default); TB: layers are rows, top to bottom. */
  direction: LayoutDirection;
  /** Gap between two layers, in pixels. */
  layerGap: number;
  /** Gap between two neighbouring nodes of one layer, in pixels. */
  nodeGap: number;
  /** Gap kept around the routing points of long edges (they hold space so edges pass between nodes). */
  edgeGap: number;
  /** Barycenter sweeps (down then up) to reduce crossings. */
  orderingSweeps: number;
  /** Long edges get routing points only while their total stays below this; above, edges are direct. */
  maxRoutingPoints: number;
};

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  direction: "LR",
  layerGap: 64,
  nodeGap: 16,
  edgeGap: 8,
  orderingSweeps: 4,
  maxRoutingPoints: 20_000,
};

/** Where a node goes: the top-left corner of its box, and its layer (0 = first). */
export type LayoutPosition = { id: string; x: number; y: number; layer: number };

export type LayoutResult = {
  positions: LayoutPosition[];
  /** The bounding box of every placed node. */
  width: number;
  height: number;
  layerCount: number;
  /** Edge crossings left between neighbouring layers (counted over routing points when present). */
  crossings: number;
  /** Edges that closed a cycle and were laid out reversed (a DAG has none). */
  reversedEdgeCount: number;
};
