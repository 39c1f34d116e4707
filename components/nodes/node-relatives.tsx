import Link from "next/link";
import type { TNodeRelative } from "@/lib/contracts/nodes";
import { NodeStateBadge } from "./node-state-badge";

/** A node's parents or children, each a link with its type, owner and state. */
export function NodeRelatives({ title, nodes, empty, nodeHref }: { title: string; nodes: readonly TNodeRelative[]; empty: string; nodeHref: (nodeId: string) => string }) {
  return (
    <section className="min-w-0">
      <h2 className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">
        {title} ({nodes.length})
      </h2>
      {nodes.length === 0 ? (
        <p className="text-sm text-fg-muted">{empty}</p>
      ) : (
        <ul className="max-h-64 overflow-y-auto rounded-md border border-border">
          {nodes.map((node) => (
            <li key={node.nodeId} className="flex items-center gap-2 border-b border-border px-2 py-1 text-sm last:border-b-0">
              <Link href={nodeHref(node.nodeId)} className="min-w-0 flex-1 truncate text-accent hover:underline">
                {node.name}
              </Link>
              <span className="text-xs text-fg-muted">{node.programType}</span>
              <span className="text-xs text-fg-muted">{node.owner}</span>
              {node.schedulerType !== "NORMAL" ? <NodeStateBadge schedulerType={node.schedulerType} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
