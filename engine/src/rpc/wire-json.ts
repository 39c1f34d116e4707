/**
 * JSON for the wire: like JSON.stringify, but a `bigint` becomes an exact integer literal, because
 * DataWorks IDs are 64-bit and must never pass through a double. `undefined`, functions and symbols
 * are omitted from objects and become `null` in arrays, as JSON.stringify does.
 */
export function toWireJson(value: unknown): string {
  const parts: string[] = [];
  writeValue(value, parts, new Set());
  return parts.join("");
}

type Serialisable = { toJSON(): unknown };

function hasToJson(value: object): value is Serialisable {
  return typeof (value as Partial<Serialisable>).toJSON === "function";
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function writeValue(value: unknown, parts: string[], ancestors: Set<object>): void {
  switch (typeof value) {
    case "string":
      // JSON.stringify of a lone string is the reference escaper (quotes, controls, lone surrogates).
      parts.push(JSON.stringify(value));
      return;
    case "number":
      parts.push(Number.isFinite(value) ? String(value) : "null");
      return;
    case "bigint":
      parts.push(value.toString());
      return;
    case "boolean":
      parts.push(value ? "true" : "false");
      return;
    case "object":
      if (value === null) {
        parts.push("null");
        return;
      }
      writeObject(value, parts, ancestors);
      return;
    default:
      parts.push("null");
  }
}

function writeObject(value: object, parts: string[], ancestors: Set<object>): void {
  if (hasToJson(value)) {
    writeValue(value.toJSON(), parts, ancestors);
    return;
  }
  if (ancestors.has(value)) throw new TypeError("toWireJson: cannot serialise a circular structure");
  ancestors.add(value);
  if (Array.isArray(value)) {
    parts.push("[");
    value.forEach((item: unknown, index) => {
      if (index > 0) parts.push(",");
      if (isOmitted(item)) parts.push("null");
      else writeValue(item, parts, ancestors);
    });
    parts.push("]");
  } else {
    parts.push("{");
    let isFirst = true;
    for (const [key, item] of Object.entries(value)) {
      if (isOmitted(item)) continue;
      if (!isFirst) parts.push(",");
      isFirst = false;
      parts.push(JSON.stringify(key), ":");
      writeValue(item, parts, ancestors);
    }
    parts.push("}");
  }
  ancestors.delete(value);
}
