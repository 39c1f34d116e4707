/**
 * Raw rows come back differently per driver: SQLite gives integers as number or bigint and
 * booleans as 0/1, PostgreSQL gives BIGINT as bigint and COUNT(*) as bigint. These normalise them.
 */

export function toBigIntValue(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  throw new TypeError(`Expected an integer column value, got ${describe(value)}`);
}

export function toNullableBigIntValue(value: unknown): bigint | null {
  return value === null || value === undefined ? null : toBigIntValue(value);
}

/** Epoch ms, counts and small integers: exact as a JS number. */
export function toNumberValue(value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw new TypeError(`Expected a numeric column value, got ${describe(value)}`);
}

export function toNullableNumberValue(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumberValue(value);
}

export function toBooleanValue(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Number(value) === 1;
  throw new TypeError(`Expected a boolean column value, got ${describe(value)}`);
}

export function toStringValue(value: unknown): string {
  if (typeof value === "string") return value;
  throw new TypeError(`Expected a text column value, got ${describe(value)}`);
}

export function toNullableStringValue(value: unknown): string | null {
  return value === null || value === undefined ? null : toStringValue(value);
}

function describe(value: unknown): string {
  return value === null ? "null" : `${typeof value} ${String(value).slice(0, 40)}`;
}
