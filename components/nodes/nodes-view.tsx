"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useNodes } from "@/lib/client/nodes/use-nodes";
import { NODE_PAGE_SIZES } from "@/lib/contracts/nodes";
import { describeSchedule } from "./describe-schedule";
import { NodeStateBadge } from "./node-state-badge";
import { NODE_STRINGS } from "./node-strings";
import { parseNodesSearch, toNodesSearch, type TNodesUrlState } from "./nodes-url";

const STRINGS = NODE_STRINGS.list;

/** A text filter that writes to the URL a moment after typing stops. */
function useDebouncedCommit(value: string, commit: (value: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => commit(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, commit, delayMs]);
  return [draft, setDraft] as const;
}

/** /s/…/nodes: the workspace's nodes, searchable by name, owner and type; everything in the URL. */
export function NodesView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useMemo(() => parseNodesSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const navigate = useMemo(() => (next: TNodesUrlState) => router.replace(`${pathname}${toNodesSearch(next)}`, { scroll: false }), [router, pathname]);
  const [name, setName] = useDebouncedCommit(query.name ?? "", (value) => navigate({ ...query, name: value || undefined, page: 1 }));
  const [owner, setOwner] = useDebouncedCommit(query.owner ?? "", (value) => navigate({ ...query, owner: value || undefined, page: 1 }));
  const [programType, setProgramType] = useDebouncedCommit(query.programType ?? "", (value) => navigate({ ...query, programType: value || undefined, page: 1 }));
  const nodes = useNodes(workspaceRef, query);
  const pages = nodes.data ? Math.ceil(nodes.data.totalCount / query.pageSize) : 1;

  return (
    <div className="flex flex-col gap-3">
      <header>
        <h1 className="text-lg font-semibold text-fg">{STRINGS.title}</h1>
        <p className="text-sm text-fg-muted">{STRINGS.description}</p>
      </header>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-72">
          <Input type="search" value={name} onChange={(event) => setName(event.target.value)} placeholder={STRINGS.searchPlaceholder} aria-label={STRINGS.search} data-page-search />
        </div>
        <div className="w-40">
          <Input value={owner} onChange={(event) => setOwner(event.target.value)} placeholder={STRINGS.ownerPlaceholder} aria-label={STRINGS.owner} />
        </div>
        <div className="w-40">
          <Input value={programType} onChange={(event) => setProgramType(event.target.value)} placeholder={STRINGS.programTypePlaceholder} aria-label={STRINGS.programType} />
        </div>
        {query.name || query.owner || query.programType ? (
          <Button size="sm" variant="ghost" onClick={() => navigate({ page: 1, pageSize: query.pageSize })}>
            {STRINGS.clear}
          </Button>
        ) : null}
      </div>
      {nodes.isPending ? (
        <SkeletonRows rows={12} columns={6} />
      ) : nodes.isError ? (
        <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={nodes.error.message} onRetry={() => void nodes.refetch()} />
      ) : nodes.data.items.length === 0 ? (
        <EmptyState title={STRINGS.empty} description={STRINGS.emptyHint} />
      ) : (
        <>
          <Table label={STRINGS.tableLabel} className={nodes.isPlaceholderData ? "opacity-60" : undefined}>
            <TableHead>
              <tr>
                <TableHeaderCell>{STRINGS.columns.name}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.state}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.type}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.owner}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.schedule}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.resourceGroup}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.priority}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {nodes.data.items.map((node) => (
                <TableRow key={node.nodeId}>
                  <TableCell>
                    <Link href={`${base}/nodes/${node.nodeId}`} className="font-medium text-accent hover:underline">
                      {node.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <NodeStateBadge schedulerType={node.schedulerType} />
                  </TableCell>
                  <TableCell>{node.programType}</TableCell>
                  <TableCell>{node.owner}</TableCell>
                  <TableCell title={node.cronExpress}>{describeSchedule(node.schedule)}</TableCell>
                  <TableCell>{node.resourceGroup ?? "—"}</TableCell>
                  <TableCell align="right">{node.priority ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className="flex items-center justify-between gap-2 text-sm">
            <span className="text-fg-muted">{STRINGS.count(nodes.data.items.length, nodes.data.totalCount)}</span>
            <div className="flex items-center gap-2">
              <label className="flex items-center gap-1 text-fg-muted">
                {STRINGS.pageSize}
                <Select
                  value={String(query.pageSize)}
                  onChange={(event) => navigate({ ...query, pageSize: Number(event.target.value), page: 1 })}
                  options={NODE_PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
                />
              </label>
              <Button size="sm" disabled={query.page <= 1} onClick={() => navigate({ ...query, page: query.page - 1 })}>
                {STRINGS.previous}
              </Button>
              <span className="tabular-nums text-fg-muted">{STRINGS.page(query.page, pages)}</span>
              <Button size="sm" disabled={query.page >= pages} onClick={() => navigate({ ...query, page: query.page + 1 })}>
                {STRINGS.next}
              </Button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
