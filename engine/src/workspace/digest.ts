import crypto from "node:crypto";
import type { WorkspaceDefinition } from "./definition";

/** Bumped when the meaning of a definition's fields changes, so that old digests never match. */
const DIGEST_FORMAT = 1;

/**
 * sha256 (hex) of the definition's canonical JSON: object keys sorted, nodes by name and resource
 * groups by identifier, so that reordering files or keys does not change it.
 */
export function workspaceDigest(definition: WorkspaceDefinition): string {
  const canonical = {
    format: DIGEST_FORMAT,
    ...definition,
    resourceGroups: [...definition.resourceGroups].sort((a, b) => compareText(a.identifier, b.identifier)),
    nodes: [...definition.nodes].sort((a, b) => compareText(a.name, b.name)),
  };
  return crypto.createHash("sha256").update(canonicalJson(canonical)).digest("hex");
}

/**
 * JSON with object keys in code-point order at every depth; arrays keep their order. Written out by
 * hand because JS objects put integer-like keys first whatever the insertion order.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(compareText)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Locale-independent, so that the digest is the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
