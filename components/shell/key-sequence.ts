/**
 * A pure matcher for keyboard sequences such as "g then o": feed it each key press with its time,
 * it answers the shortcut that completed (if any) and the state to keep for the next press.
 */

export type KeySequence = readonly string[];
export type SequenceShortcut<Id extends string = string> = { id: Id; keys: KeySequence };

export type KeySequenceState = { pending: readonly string[]; lastAtMs: number };

export const INITIAL_KEY_SEQUENCE_STATE: KeySequenceState = { pending: [], lastAtMs: 0 };

/** How long the second key of a sequence may follow the first. */
export const DEFAULT_SEQUENCE_TIMEOUT_MS = 1_200;

export type KeyPressResult<Id extends string> = { state: KeySequenceState; matched: Id | null };

function startsWith(keys: KeySequence, prefix: readonly string[]): boolean {
  return prefix.length <= keys.length && prefix.every((key, index) => keys[index] === key);
}

export function pressKey<Id extends string>(
  shortcuts: readonly SequenceShortcut<Id>[],
  state: KeySequenceState,
  key: string,
  atMs: number,
  timeoutMs: number = DEFAULT_SEQUENCE_TIMEOUT_MS,
): KeyPressResult<Id> {
  const isExpired = state.pending.length > 0 && atMs - state.lastAtMs > timeoutMs;
  const continued = isExpired ? [key] : [...state.pending, key];
  // If the continued sequence leads nowhere, the key may still start a sequence of its own.
  for (const candidate of continued.length > 1 ? [continued, [key]] : [continued]) {
    const exact = shortcuts.find((shortcut) => shortcut.keys.length === candidate.length && startsWith(shortcut.keys, candidate));
    if (exact) return { state: INITIAL_KEY_SEQUENCE_STATE, matched: exact.id };
    if (shortcuts.some((shortcut) => startsWith(shortcut.keys, candidate))) return { state: { pending: candidate, lastAtMs: atMs }, matched: null };
  }
  return { state: INITIAL_KEY_SEQUENCE_STATE, matched: null };
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== "string") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (element as HTMLInputElement).type;
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(type);
}
