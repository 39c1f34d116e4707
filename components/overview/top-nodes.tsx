import Link from "next/link";
import { formatDuration } from "@/components/instances/instance-format";
import { instancesPageHref } from "@/components/instances/instances-url";
import type { TFailingNode, TSlowNode } from "@/lib/contracts/stats";
import { OVERVIEW_STRINGS } from "./overview-strings";

const cell = "px-2 py-1.5 whitespace-nowrap";
const head = "px-2 py-1.5 text-left font-medium";

/** The ten slowest nodes of a business date, each linked to its node and its instance. */
export function SlowestNodes({ nodes, workspaceBase }: { nodes: readonly TSlowNode[]; workspaceBase: string }) {
  const columns = OVERVIEW_STRINGS.slowest.columns;
  if (nodes.length === 0) return <p className="py-4 text-sm text-fg-muted">{OVERVIEW_STRINGS.slowest.empty}</p>;
  return (
    <table className="w-full text-sm tabular-nums">
      <thead className="text-xs text-fg-muted">
        <tr>
          <th className={head}>{columns.node}</th>
          <th className={head}>{columns.owner}</th>
          <th className={head}>{columns.type}</th>
          <th className={`${head} text-right`}>{columns.duration}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {nodes.map((node) => (
          <tr key={`${node.nodeId}-${node.instanceId}`}>
            <td className={`${cell} max-w-56 truncate`}>
              <Link href={`${workspaceBase}/nodes/${node.nodeId}`} className="text-accent hover:underline">
                {node.nodeName || node.nodeId}
              </Link>
            </td>
            <td className={cell}>{node.owner}</td>
            <td className={`${cell} text-xs text-fg-muted`}>{node.programType}</td>
            <td className={`${cell} text-right font-mono text-xs`}>
              <Link href={`${workspaceBase}/instances/${node.instanceId}`} className="hover:underline" title={`${OVERVIEW_STRINGS.slowest.columns.instance} ${node.instanceId}`}>
                {formatDuration(node.consumedSeconds * 1000)}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The ten nodes that failed most over 30 business dates, each linked to its node and its failed instances. */
export function MostFailingNodes({ nodes, workspaceBase }: { nodes: readonly TFailingNode[]; workspaceBase: string }) {
  const columns = OVERVIEW_STRINGS.failing.columns;
  if (nodes.length === 0) return <p className="py-4 text-sm text-fg-muted">{OVERVIEW_STRINGS.failing.empty}</p>;
  const most = Math.max(...nodes.map((node) => node.failures));
  return (
    <table className="w-full text-sm tabular-nums">
      <thead className="text-xs text-fg-muted">
        <tr>
          <th className={head}>{columns.node}</th>
          <th className={head}>{columns.owner}</th>
          <th className={head}>{columns.type}</th>
          <th className={`${head} text-right`}>{columns.failures}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {nodes.map((node) => (
          <tr key={node.nodeId}>
            <td className={`${cell} max-w-56 truncate`}>
              <Link href={`${workspaceBase}/nodes/${node.nodeId}`} className="text-accent hover:underline">
                {node.nodeName || node.nodeId}
              </Link>
            </td>
            <td className={cell}>{node.owner}</td>
            <td className={`${cell} text-xs text-fg-muted`}>{node.programType}</td>
            <td className={`${cell} text-right`}>
              <Link
                href={instancesPageHref(workspaceBase, { nodeId: node.nodeId, status: ["FAILURE"] })}
                className="inline-flex items-center justify-end gap-2 hover:underline"
                title={columns.open}
              >
                <span aria-hidden="true" className="h-1.5 rounded-full bg-danger" style={{ width: `${Math.max(4, (node.failures / most) * 48)}px` }} />
                <span className="font-mono text-xs">{node.failures}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
