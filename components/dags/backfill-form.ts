import { daysInRange, ZBackfillPreviewBody, type TBackfillPreviewBody } from "@/lib/contracts/dags";
import type { TNodeRelative } from "@/lib/contracts/nodes";

/** The backfill dialog's form: the chosen nodes (each may be a dry run), the dates, the window, parallelism. */
export type TBackfillForm = {
  name: string;
  rootNodeId: string | null;
  nodes: readonly TNodeRelative[];
  dryRunNodeIds: ReadonlySet<string>;
  startBizdate: string;
  endBizdate: string;
  windowStart: string;
  windowEnd: string;
  isParallel: boolean;
};

export type TBackfillFormCheck = { body: TBackfillPreviewBody | null; problems: Partial<Record<string, string>>; dayCount: number };

/**
 * The request a form stands for, checked by the same schema as the server (so the dialog shows the
 * server's rules before sending): the root and the other chosen nodes run, dry-run ones are
 * excluded. `body` is null while anything is wrong; `problems` name the fields. Pure.
 */
export function checkBackfillForm(form: TBackfillForm): TBackfillFormCheck {
  const includeNodeIds = form.nodes.map((node) => node.nodeId).filter((nodeId) => !form.dryRunNodeIds.has(nodeId));
  const excludeNodeIds = form.nodes.map((node) => node.nodeId).filter((nodeId) => form.dryRunNodeIds.has(nodeId));
  const candidate = {
    name: form.name,
    rootNodeId: form.rootNodeId ?? "",
    includeNodeIds,
    excludeNodeIds,
    startBizdate: form.startBizdate,
    endBizdate: form.endBizdate,
    windowStart: form.windowStart || undefined,
    windowEnd: form.windowEnd || undefined,
    isParallel: form.isParallel,
  };
  const parsed = ZBackfillPreviewBody.safeParse(candidate);
  const dayCount = daysInRange(form.startBizdate, form.endBizdate);
  if (parsed.success) return { body: candidate, problems: {}, dayCount };
  const problems: Partial<Record<string, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    problems[field] ??= issue.message;
  }
  return { body: null, problems, dayCount };
}

/** Adds nodes not chosen yet, keeping the order they came in. Pure. */
export function addNodes(current: readonly TNodeRelative[], added: readonly TNodeRelative[]): TNodeRelative[] {
  const seen = new Set(current.map((node) => node.nodeId));
  const result = [...current];
  for (const node of added) {
    if (seen.has(node.nodeId)) continue;
    seen.add(node.nodeId);
    result.push(node);
  }
  return result;
}
