/** Search and error detection over log lines. Pure: the viewer calls these on every query or new chunk. */

export type TLogMatch = { line: number; start: number; end: number };

/** At most this many matches are collected: beyond, the count says "at least". */
export const MAX_MATCHES = 10_000;

/** Every occurrence of `query` (case-insensitive unless asked), in line order, at most MAX_MATCHES. */
export function findMatches(lines: readonly string[], query: string, options: { isCaseSensitive?: boolean } = {}): { matches: TLogMatch[]; isCapped: boolean } {
  const matches: TLogMatch[] = [];
  if (query === "") return { matches, isCapped: false };
  const needle = options.isCaseSensitive ? query : query.toLowerCase();
  for (let line = 0; line < lines.length; line++) {
    const text = options.isCaseSensitive ? lines[line]! : lines[line]!.toLowerCase();
    let from = text.indexOf(needle);
    while (from !== -1) {
      if (matches.length >= MAX_MATCHES) return { matches, isCapped: true };
      matches.push({ line, start: from, end: from + needle.length });
      from = text.indexOf(needle, from + needle.length);
    }
  }
  return { matches, isCapped: false };
}

const ERROR_WORDS = /\b(error|errors|exception|failed|failure|fatal|traceback|panic)\b/i;
/** Exception classes: NullPointerException, ValueError (case matters, so "terror" is not one). */
const EXCEPTION_CLASS = /[a-z](?:Exception|Error)\b/;
/** "exit code 2", "exited with code 137", "exit status 1": any but 0. */
const NONZERO_EXIT = /\bexit(?:ed)?(?: with)? (?:code|status)[ :=]*(-?\d+)/i;
/** The engine's own notices that end or break an attempt. */
const ENGINE_FAILURE_NOTICE = /^\[nightshift\].*\b(could not|killed|timed out|stopped|frozen|truncated|failed)\b/i;

/** Whether a line reports a failure: error words, a non-zero exit, or an engine failure notice. */
export function isErrorLine(line: string): boolean {
  if (ENGINE_FAILURE_NOTICE.test(line)) return true;
  const exit = NONZERO_EXIT.exec(line);
  if (exit) return Number(exit[1]) !== 0;
  // "0 errors", "no error" report the absence of one.
  if (/\b(0|no|zero) (errors?|failures?|exceptions?)\b/i.test(line)) return false;
  return ERROR_WORDS.test(line) || EXCEPTION_CLASS.test(line);
}

/** Indexes of the lines that report a failure, in order. */
export function findErrorLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  for (let line = 0; line < lines.length; line++) if (isErrorLine(lines[line]!)) found.push(line);
  return found;
}

/** The match to go to from `current` (wrapping), `step` +1 for next, −1 for previous. */
export function stepMatch(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
