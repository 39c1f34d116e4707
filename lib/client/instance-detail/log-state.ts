import type { TInstanceLogChunk } from "@/lib/contracts/instance-detail";
import type { TInstanceStatus } from "@/lib/contracts/instances";

/**
 * The log as the page holds it: its lines (the last one may still be growing) and how many
 * characters of the upstream log they are, so that the next poll asks only for what follows.
 */
export type TLogState = {
  lines: readonly string[];
  /** Characters of the upstream log held (the `from` of the next request). */
  length: number;
  isCutByUpstream: boolean;
  status: TInstanceStatus;
  /** Bumped on every change, so views can tell a new log from the same one. */
  version: number;
};

/** Adds a chunk to what the page holds: appended (its first piece continues the last line) or, on a reset, replacing it. */
export function appendLogChunk(previous: TLogState | undefined, chunk: TInstanceLogChunk): TLogState {
  const pieces = chunk.text.split("\n");
  const version = (previous?.version ?? 0) + 1;
  if (!previous || chunk.isReset || chunk.from === 0) {
    return { lines: pieces, length: chunk.from + chunk.text.length, isCutByUpstream: chunk.isCutByUpstream, status: chunk.status, version };
  }
  if (chunk.text === "") {
    return previous.status === chunk.status ? previous : { ...previous, status: chunk.status, version };
  }
  const lines = previous.lines.slice(0, -1);
  lines.push((previous.lines.at(-1) ?? "") + (pieces[0] ?? ""));
  for (let index = 1; index < pieces.length; index++) lines.push(pieces[index]!);
  return { lines, length: previous.length + chunk.text.length, isCutByUpstream: previous.isCutByUpstream || chunk.isCutByUpstream, status: chunk.status, version };
}

/** The lines to show: a log ending in a newline has no empty last line. */
export function visibleLines(state: TLogState | undefined): readonly string[] {
  if (!state) return [];
  return state.lines.at(-1) === "" ? state.lines.slice(0, -1) : state.lines;
}
