"use client";

import { EdgeLabelRenderer } from "@xyflow/react";
import { memo } from "react";
import type { EdgeStroke } from "./graph-elements";

/**
 * The graph's edges, drawn under the nodes inside React Flow's viewport (the edge label layer sits
 * between edges and nodes). One SVG that does not change while the view moves, on a layer of its
 * own: panning never re-renders an edge, and nodes coming into view do not make the browser repaint
 * or re-list the edges (the browser re-rasterises the layer when a zoom enlarges it, so it stays sharp).
 */
export const EdgeLayer = memo(function EdgeLayer({ strokes }: { strokes: readonly EdgeStroke[] }) {
  return (
    <EdgeLabelRenderer>
      <svg className="pointer-events-none absolute top-0 left-0 overflow-visible will-change-transform" width={1} height={1} aria-hidden="true" data-graph-edges="">
        {strokes.map((stroke) => (
          <g
            key={stroke.key}
            fill="none"
            stroke={stroke.color ?? "var(--xy-edge-stroke)"}
            strokeWidth={stroke.isEmphasised ? 3 : 1}
            strokeDasharray={stroke.dash ?? undefined}
            // Not `opacity`: on a group it composites the whole group off screen, the size of the graph.
            strokeOpacity={stroke.isFaded ? 0.45 : undefined}
          >
            {stroke.paths.map((d, index) => (
              // Bold edges keep their width when zoomed out: a neighbourhood of hundreds fits at a quarter size, where a scaled line would vanish.
              <path key={index} d={d} vectorEffect={stroke.isEmphasised ? "non-scaling-stroke" : undefined} />
            ))}
          </g>
        ))}
      </svg>
    </EdgeLabelRenderer>
  );
});
