"use client";

import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { CopyIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useNodeCode } from "@/lib/client/nodes/use-node-code";
import { NODE_STRINGS } from "./node-strings";

const STRINGS = NODE_STRINGS.detail;

/** The node's code as deployed, monospace with line numbers, copyable. */
export function NodeCodePanel({ workspace, nodeId }: { workspace: TWorkspaceRef; nodeId: string }) {
  const code = useNodeCode(workspace, nodeId);
  const toast = useToast();
  if (code.isPending) return <Skeleton className="h-40 w-full" />;
  if (code.isError) return <ErrorState title={STRINGS.codeLoadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={code.error.message} onRetry={() => void code.refetch()} />;
  if (code.data.code.trim() === "") return <p className="text-sm text-fg-muted">{STRINGS.codeEmpty}</p>;
  const lines = code.data.code.replace(/\n$/, "").split("\n");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code.data.code);
      toast.show({ tone: "ok", title: STRINGS.copied });
    } catch {
      // The browser refused (no permission): the code stays selectable.
    }
  };
  return (
    <div className="relative rounded-md border border-border bg-surface-muted">
      <Button size="sm" variant="ghost" icon={<CopyIcon size={14} />} onClick={() => void copy()} className="absolute top-1 right-1">
        {STRINGS.copyCode}
      </Button>
      <pre className="max-h-[28rem] overflow-auto p-3 font-mono text-xs leading-5 text-fg">
        {lines.map((line, index) => (
          <div key={index} className="flex">
            <span aria-hidden className="w-10 shrink-0 pr-3 text-right text-fg-muted select-none">
              {index + 1}
            </span>
            <span className="whitespace-pre">{line}</span>
          </div>
        ))}
      </pre>
    </div>
  );
}
