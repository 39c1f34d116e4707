/// <reference lib="webworker" />
import { layoutGraph } from "./layered-layout";
import type { LayoutEdgeInput, LayoutNodeInput, LayoutOptions, LayoutResult } from "./types";

export type LayoutRequest = { requestId: number; nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[]; options: Partial<LayoutOptions> };
export type LayoutResponse = { requestId: number; result: LayoutResult } | { requestId: number; error: string };

// Large graphs are laid out here, off the main thread, so the page stays responsive meanwhile.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, nodes, edges, options } = event.data;
  try {
    const result = layoutGraph(nodes, edges, options);
    self.postMessage({ requestId, result } satisfies LayoutResponse);
  } catch (error) {
    self.postMessage({ requestId, error: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse);
  }
};
