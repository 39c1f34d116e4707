import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import type { WorkspaceIssue } from "./errors";
import { KNOWN_KEYS } from "./schema";

export type FieldPath = readonly (string | number)[];

/** A parsed YAML file that can say on which line any value of it starts. */
export type YamlSource = {
  file: string;
  /** The file's data as plain JS; null when the file does not parse. */
  value: unknown;
  /** Syntax errors; when there are any, `value` is null. */
  issues: WorkspaceIssue[];
  /** The line of the deepest part of `path` that exists (a missing key points at its parent). */
  lineOf(path: FieldPath): number;
};

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  const issues: WorkspaceIssue[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    field: "",
    message: `YAML syntax: ${firstLine(error.message)}`,
  }));

  const lineOf = (path: FieldPath): number => {
    let node: unknown = document.contents;
    let line = lineAt((node as YamlNode | null)?.range?.[0]);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => keyText(item.key) === String(segment));
        if (!pair) break;
        line = lineAt((pair.key as YamlNode | null)?.range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  const value = issues.length > 0 ? null : (document.toJS({ maxAliasCount: 100 }) as unknown);
  return { file, value, issues, lineOf };
}

/** `nodes[3].cron`, `resourceGroups[0].slots`, `parameters.region`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    return text === "" ? segment : `${text}.${segment}`;
  }, "");
}

/** Turns zod issues into workspace issues, one per unknown key, each at its own line. */
export function toWorkspaceIssues(source: YamlSource, issues: readonly z.core.$ZodIssue[], prefix: FieldPath = []): WorkspaceIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const suggestion = closestKnownKey(key);
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
        return { file: source.file, line: source.lineOf([...path, key]), field: formatFieldPath([...path, key]), message: `unknown key${hint}` };
      });
    }
    return [{ file: source.file, line: source.lineOf(path), field: formatFieldPath(path), message: issue.message }];
  });
}

/** zod's default says "expected string, received undefined"; a missing key reads better as required. */
export const workspaceErrorMessages = {
  error: (issue: z.core.$ZodRawIssue): string | undefined =>
    issue.code === "invalid_type" && issue.input === undefined ? "required" : undefined,
};

function closestKnownKey(key: string): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of KNOWN_KEYS) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
