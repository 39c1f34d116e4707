"use client";

import { useStore, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { statusStyleOf, SUSPENDED_STYLE } from "@/components/instances/status-style";
import { cn } from "@/components/ui/cn";
import { FLOW_STRINGS } from "./flow-strings";
import type { InstanceNodeData } from "./graph-elements";

/** Below this zoom, nodes are drawn as plain coloured boxes: text would be unreadable and slow. */
export const SIMPLE_RENDER_ZOOM = 0.4;

const isZoomedOut = (state: { transform: [number, number, number] }) => state.transform[2] < SIMPLE_RENDER_ZOOM;

/**
 * One instance in a graph: status icon and label (never colour alone), node name, a second line; a box
 * when zoomed out. No handles: GraphCanvas draws the edges itself (components/flow/edge-layer.tsx).
 */
export const InstanceGraphNode = memo(function InstanceGraphNode({ data }: NodeProps<Node<InstanceNodeData>>) {
  const zoomedOut = useStore(isZoomedOut);
  const style = statusStyleOf(data.status);
  if (zoomedOut) {
    return (
      <div className="size-full rounded-sm border-2" style={{ borderColor: style.color, backgroundColor: style.color, opacity: data.isDimmed ? 0.35 : 0.8 }} />
    );
  }
  return (
    <div
      className={cn(
        "flex size-full cursor-pointer items-center gap-2 rounded-md border bg-surface px-2 text-left shadow-sm",
        data.isCenter ? "border-2 border-accent ring-2 ring-accent-soft" : "border-border",
        data.isDimmed && "opacity-40",
      )}
      style={{ borderLeftWidth: 4, borderLeftColor: style.color }}
      title={`${data.title} — ${style.label}${data.isSuspended ? `, ${SUSPENDED_STYLE.label}` : ""}${data.isCenter ? ` (${FLOW_STRINGS.centerBadge})` : ""}`}
      aria-current={data.isCenter ? "true" : undefined}
    >
      <style.Icon size={16} className={cn("shrink-0", style.textClass)} />
      <div className="min-w-0 flex-1">
        <div className="truncate text-xs font-medium text-fg">{data.title}</div>
        <div className="flex items-center gap-1 truncate text-[11px] text-fg-muted">
          <span className={style.textClass}>{style.label}</span>
          {data.isSuspended ? <span className={SUSPENDED_STYLE.textClass}>· {SUSPENDED_STYLE.label}</span> : null}
          {data.subtitle ? <span className="truncate">· {data.subtitle}</span> : null}
        </div>
      </div>
    </div>
  );
});
