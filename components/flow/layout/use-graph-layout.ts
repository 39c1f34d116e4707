"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { layoutGraph } from "./layered-layout";
import type { LayoutRequest, LayoutResponse } from "./layout.worker";
import type { LayoutEdgeInput, LayoutNodeInput, LayoutOptions, LayoutResult } from "./types";

/** Up to this many nodes the layout runs during render (a few ms); above, in a Web Worker. */
export const SYNC_LAYOUT_MAX_NODES = 50;

export type GraphLayoutState = { result: LayoutResult | null; isPending: boolean; error: string | null };

/**
 * The layered layout of a graph: computed synchronously for small graphs, in a Web Worker above
 * SYNC_LAYOUT_MAX_NODES. Pass memoised `nodes` and `edges`: a new array starts a new layout.
 * While a new layout runs, the previous result stays (no flash).
 */
export function useGraphLayout(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[], options: Partial<LayoutOptions> = {}): GraphLayoutState {
  const isSync = nodes.length <= SYNC_LAYOUT_MAX_NODES;
  const optionsKey = JSON.stringify(options);
  const syncResult = useMemo(
    () => (isSync ? layoutGraph(nodes, edges, JSON.parse(optionsKey) as Partial<LayoutOptions>) : null),
    [isSync, nodes, edges, optionsKey],
  );
  const [worked, setWorked] = useState<{ requestId: number; result: LayoutResult | null; error: string | null }>({ requestId: 0, result: null, error: null });
  const [pendingId, setPendingId] = useState(0);
  const workerRef = useRef<Worker | null>(null);
  const requestCounter = useRef(0);

  useEffect(() => {
    if (isSync) return;
    workerRef.current ??= new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    const worker = workerRef.current;
    const requestId = ++requestCounter.current;
    setPendingId(requestId);
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.requestId !== requestId) return;
      const response = event.data;
      setWorked("result" in response ? { requestId, result: response.result, error: null } : { requestId, result: null, error: response.error });
    };
    worker.addEventListener("message", onMessage);
    worker.postMessage({ requestId, nodes: [...nodes], edges: [...edges], options: JSON.parse(optionsKey) as Partial<LayoutOptions> } satisfies LayoutRequest);
    return () => worker.removeEventListener("message", onMessage);
  }, [isSync, nodes, edges, optionsKey]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  if (isSync) return { result: syncResult, isPending: false, error: null };
  return { result: worked.result, isPending: worked.requestId !== pendingId, error: worked.error };
}
