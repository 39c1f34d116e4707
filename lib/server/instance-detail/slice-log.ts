import { MAX_LOG_RESPONSE_CHARS } from "@/lib/contracts/instance-detail";

/** The engine's first line when it kept only the newest part of a long log. */
const CUT_MARKER = /^\[log truncated[^\n]*\n/;

export type TLogSlice = { text: string; from: number; length: number; isReset: boolean; isCutByUpstream: boolean };

/**
 * The part of a log the page does not have yet. A log only grows, so the page's `from` (the
 * characters it holds) is where the new text starts — unless the upstream cut the log at its
 * start (its offsets moved) or it is shorter than `from` (replaced): then the whole log, `isReset`.
 * Beyond `maxChars`, only the newest part is answered, as a reset.
 */
export function sliceLog(log: string, from: number, maxChars: number = MAX_LOG_RESPONSE_CHARS): TLogSlice {
  const isCutByUpstream = CUT_MARKER.test(log);
  const length = log.length;
  const canContinue = from > 0 && from <= length && !isCutByUpstream;
  if (canContinue && length - from <= maxChars) {
    return { text: log.slice(from), from, length, isReset: false, isCutByUpstream };
  }
  if (length <= maxChars) return { text: log, from: 0, length, isReset: from > 0, isCutByUpstream };
  // Start the kept part on a line boundary so that no half line shows.
  const start = log.indexOf("\n", length - maxChars) + 1 || length - maxChars;
  return { text: log.slice(start), from: 0, length, isReset: true, isCutByUpstream: true };
}
