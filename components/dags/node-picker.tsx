"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useNodes } from "@/lib/client/nodes/use-nodes";
import type { TNodeRelative } from "@/lib/contracts/nodes";
import { DAG_STRINGS } from "./dag-strings";

const STRINGS = DAG_STRINGS.backfill;

export type NodePickerProps = { workspace: TWorkspaceRef; chosenIds: ReadonlySet<string>; onPick: (node: TNodeRelative) => void; label?: string };

/** Searches the workspace's nodes by name and offers each match to add. */
export function NodePicker({ workspace, chosenIds, onPick, label = STRINGS.searchNodes }: NodePickerProps) {
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const nodes = useNodes(workspace, { name: query, owner: undefined, programType: undefined, page: 1, pageSize: 25 }, { enabled: query !== "" });
  return (
    <div className="flex flex-col gap-1.5">
      <div className="relative">
        <SearchIcon size={14} className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-fg-muted" />
        <Input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={STRINGS.searchPlaceholder} aria-label={label} className="pl-7" />
      </div>
      {query !== "" ? (
        <ul className="max-h-48 overflow-y-auto rounded-md border border-border" aria-label={label}>
          {nodes.isFetching && !nodes.data ? (
            <li className="flex items-center gap-2 p-2 text-xs text-fg-muted">
              <Spinner size={12} />
            </li>
          ) : null}
          {(nodes.data?.items ?? []).map((node) => {
            const isChosen = chosenIds.has(node.nodeId);
            return (
              <li key={node.nodeId} className="flex items-center justify-between gap-2 border-b border-border px-2 py-1 last:border-b-0">
                <span className="min-w-0 truncate text-sm">
                  {node.name} <span className="text-xs text-fg-muted">{node.programType}</span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={isChosen}
                  onClick={() => onPick({ nodeId: node.nodeId, name: node.name, owner: node.owner, programType: node.programType, schedulerType: node.schedulerType, cronExpress: node.cronExpress })}
                >
                  {isChosen ? STRINGS.added : STRINGS.add}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
