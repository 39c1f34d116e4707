import crypto from "node:crypto";

/**
 * JSON for the wire: like JSON.stringify, but a `bigint` becomes an exact integer literal, because
 * DataWorks IDs are 64-bit and must never pass through a double. `undefined`, functions and symbols
 * are omitted from objects and become `null` in arrays, as JSON.stringify does.
 *
 * The native serialiser does the work (a hand-written one cost ~2 ms per 100-row page, see
 * docs/BENCHMARKS.md): each bigint is first written as a marked string, and the marks are then
 * replaced by the bare digits. The mark carries a per-process random tag, so no string in the data
 * can pass for one.
 */
export function toWireJson(value: unknown): string {
  let sawBigInt = false;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== "bigint") return item;
    sawBigInt = true;
    return `${MARK_OPEN}${item.toString()}${MARK_CLOSE}`;
  });
  // JSON.stringify answers undefined for a bare undefined / function / symbol; the wire has no such value.
  if (text === undefined) return "null";
  return sawBigInt ? text.replace(MARKED_BIGINT, "$1") : text;
}

const TAG = crypto.randomBytes(6).toString("hex");
// JSON.stringify writes U+0001 as the six characters \u0001, so the marks are found in its output as such.
const MARK_OPEN = `\u0001${TAG}:`;
const MARK_CLOSE = "\u0001";
const MARKED_BIGINT = new RegExp(`"\\\\u0001${TAG}:(-?\\d+)\\\\u0001"`, "g");
