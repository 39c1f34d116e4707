import { z } from "zod";
import { ZItemOutcome, type TInstanceActionItemResult, type TInstanceActionResult, type TItemOutcome } from "@/lib/contracts/instances";

/**
 * A bulk action's per-item results as kept in its audit record's details, so that a retry with the
 * same request key can answer the items already done instead of acting twice. The record must stay
 * under the audit's 64 KiB: messages, then node names, are dropped when a thousand items need it.
 */

const MAX_DETAILS_TEXT = 60_000;
const MAX_MESSAGE = 160;

const zIdsByCode = z.record(z.string(), z.array(z.string()));

/** Grouped by outcome (and code) so that a thousand IDs stay small and readable in the audit page. */
export const ZAttemptDetails = z.object({
  requestKey: z.string(),
  selection: z.enum(["ids", "filter"]),
  isReplay: z.boolean(),
  outcomes: z.object({ applied: z.array(z.string()), noop: z.array(z.string()), refused: zIdsByCode, failed: zIdsByCode }),
  nodeNames: z.record(z.string(), z.string()).optional(),
  messages: z.record(z.string(), z.string()).optional(),
});
export type TAttemptDetails = z.infer<typeof ZAttemptDetails>;

function pushTo(groups: Record<string, string[]>, key: string, id: string) {
  (groups[key] ??= []).push(id);
}

export function toAttemptDetails(input: { requestKey: string; selection: "ids" | "filter"; isReplay: boolean; items: readonly TInstanceActionItemResult[] }): TAttemptDetails {
  const outcomes: TAttemptDetails["outcomes"] = { applied: [], noop: [], refused: {}, failed: {} };
  const nodeNames: Record<string, string> = {};
  const messages: Record<string, string> = {};
  for (const item of input.items) {
    if (item.outcome === "applied" || item.outcome === "noop") outcomes[item.outcome].push(item.instanceId);
    else pushTo(outcomes[item.outcome], item.code ?? "UNKNOWN", item.instanceId);
    if (item.nodeName) nodeNames[item.instanceId] = item.nodeName;
    if (item.message) messages[item.instanceId] = item.message.slice(0, MAX_MESSAGE);
  }
  const base = { requestKey: input.requestKey, selection: input.selection, isReplay: input.isReplay, outcomes };
  for (const candidate of [{ ...base, nodeNames, messages }, { ...base, nodeNames }]) {
    if (JSON.stringify(candidate).length <= MAX_DETAILS_TEXT) return candidate;
  }
  return base;
}

/** The attempt in an audit record's details text; null when it is not one (or was cut). */
export function parseAttemptDetails(text: string): TAttemptDetails | null {
  try {
    const parsed = ZAttemptDetails.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The settled result of each instance over earlier attempts (later attempts win). Failed items may be tried again. */
export function settledItemsOf(attempts: readonly TAttemptDetails[]): Map<string, TInstanceActionItemResult> {
  const settled = new Map<string, TInstanceActionItemResult>();
  for (const attempt of attempts) {
    const settle = (id: string, outcome: TItemOutcome, code: string | null) =>
      settled.set(id, { instanceId: id, nodeName: attempt.nodeNames?.[id] ?? "", outcome, code, message: attempt.messages?.[id] ?? null, isReplayed: true });
    for (const id of attempt.outcomes.applied) settle(id, "applied", null);
    for (const id of attempt.outcomes.noop) settle(id, "noop", null);
    for (const [code, ids] of Object.entries(attempt.outcomes.refused)) for (const id of ids) settle(id, "refused", code);
    // A failure after an earlier settlement cannot happen (settled items are not sent again); keep the settlement.
  }
  return settled;
}

export function summarizeOutcomes(items: readonly TInstanceActionItemResult[]): Pick<TInstanceActionResult, "result" | "counts"> {
  const counts = { applied: 0, noop: 0, refused: 0, failed: 0 };
  for (const item of items) counts[item.outcome] += 1;
  const done = counts.applied + counts.noop;
  const result = items.length === 0 || done === items.length ? "ok" : counts.refused === items.length ? "refused" : counts.failed === items.length ? "failed" : "partial";
  return { result, counts };
}
