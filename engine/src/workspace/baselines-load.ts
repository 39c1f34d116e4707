import fs from "node:fs/promises";
import path from "node:path";
import { formatHhMm, minutesOfHhMm } from "../monitor/baselines/baseline-config";
import type { NodeDefinition, SourceLocation } from "./definition";
import type { WorkspaceIssue } from "./errors";
import { ZBaselineSource, ZBaselinesFileSource, type BaselineSource } from "./baselines-schema";
import { formatFieldPath, parseYamlSource, toWorkspaceIssues, workspaceErrorMessages, type FieldPath, type YamlSource } from "./source";
import { WORKSPACE_LIMITS } from "./schema";

export const BASELINES_FILE = "baselines.yaml";

/** A baseline ready to deploy: owners resolved, commitments per cycle, node names checked. */
export type BaselineDefinition = SourceLocation & {
  name: string;
  owners: string[];
  priority: number;
  type: "DAILY" | "HOURLY";
  /** Cycle ("1", or "1"–"24") → commitment "hh:mm". */
  slaDetail: Record<string, string>;
  alertMarginMinutes: number;
  nodes: string[];
  enabled: boolean;
  isDefault: boolean;
};

type LocatedBaseline = { baseline: BaselineSource; source: YamlSource; index: number; line: number };

/**
 * Reads `baselines.yaml` when the folder has one (it is optional). Shape errors and the checks across
 * baselines and nodes come back as workspace issues naming file, line and field.
 */
export async function readBaselinesFile(directory: string, issues: WorkspaceIssue[]): Promise<LocatedBaseline[]> {
  const fullPath = path.join(directory, BASELINES_FILE);
  let text: string;
  try {
    const size = (await fs.stat(fullPath)).size;
    if (size > WORKSPACE_LIMITS.maxFileBytes) {
      issues.push({ file: BASELINES_FILE, line: 1, field: "", message: `file too large: ${size} bytes, at most ${WORKSPACE_LIMITS.maxFileBytes} (5 MiB)` });
      return [];
    }
    text = await fs.readFile(fullPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    issues.push({ file: BASELINES_FILE, line: 1, field: "", message: `cannot read: ${String(error)}` });
    return [];
  }
  return parseBaselines(parseYamlSource(BASELINES_FILE, text), issues);
}

export function parseBaselines(source: YamlSource, issues: WorkspaceIssue[]): LocatedBaseline[] {
  issues.push(...source.issues);
  if (source.issues.length > 0) return [];
  const file = ZBaselinesFileSource.safeParse(source.value, workspaceErrorMessages);
  if (!file.success) {
    issues.push(...toWorkspaceIssues(source, file.error.issues));
    return [];
  }
  const located: LocatedBaseline[] = [];
  file.data.baselines.forEach((entry, index) => {
    const parsed = ZBaselineSource.safeParse(entry, workspaceErrorMessages);
    if (!parsed.success) issues.push(...toWorkspaceIssues(source, parsed.error.issues, ["baselines", index]));
    else located.push({ baseline: parsed.data, source, index, line: source.lineOf(["baselines", index]) });
  });
  return located;
}

function issueAt(located: LocatedBaseline, path: FieldPath, message: string): WorkspaceIssue {
  const full = ["baselines", located.index, ...path];
  return { file: located.source.file, line: located.source.lineOf(full), field: formatFieldPath(full), message };
}

/** Cross checks and resolution: commitments per type, unique names, known nodes, one baseline per node. */
export function resolveBaselines(
  located: readonly LocatedBaseline[],
  nodes: readonly NodeDefinition[],
  workspaceOwner: string,
  issues: WorkspaceIssue[],
): BaselineDefinition[] {
  const nodeNames = new Set(nodes.map((node) => node.name));
  const baselineOfNode = new Map<string, string>();
  const seenNames = new Map<string, number>();
  const result: BaselineDefinition[] = [];
  let defaults = 0;
  for (const entry of located) {
    const { baseline } = entry;
    const before = issues.length;
    const firstLine = seenNames.get(baseline.name);
    if (firstLine !== undefined) issues.push(issueAt(entry, ["name"], `duplicate baseline name "${baseline.name}" (first declared at line ${firstLine})`));
    seenNames.set(baseline.name, entry.line);
    if (baseline.default) defaults += 1;
    if (baseline.default && defaults > 1) issues.push(issueAt(entry, ["default"], "more than one default baseline: mark at most one"));

    const slaDetail: Record<string, string> = {};
    if (baseline.type === "DAILY") {
      if (baseline.commitTimes !== undefined) issues.push(issueAt(entry, ["commitTimes"], "only HOURLY baselines have per-cycle commitments: use commitTime"));
      if (baseline.commitTime === undefined) issues.push(issueAt(entry, ["commitTime"], "required for a DAILY baseline"));
      else slaDetail["1"] = baseline.commitTime;
    } else if ((baseline.commitTime === undefined) === (baseline.commitTimes === undefined)) {
      issues.push(issueAt(entry, ["commitTime"], "an HOURLY baseline needs exactly one of commitTime (first cycle, then hourly) or commitTimes (per cycle)"));
    } else if (baseline.commitTime !== undefined) {
      const first = minutesOfHhMm(baseline.commitTime) ?? 0;
      for (let cycle = 1; cycle <= 24 && first + (cycle - 1) * 60 <= 47 * 60 + 59; cycle += 1) slaDetail[String(cycle)] = formatHhMm(first + (cycle - 1) * 60);
    } else {
      for (const [cycle, time] of Object.entries(baseline.commitTimes ?? {}).sort((a, b) => Number(a[0]) - Number(b[0]))) slaDetail[String(Number(cycle))] = time;
    }

    baseline.nodes.forEach((name, index) => {
      if (!nodeNames.has(name)) issues.push(issueAt(entry, ["nodes", index], `unknown node "${name}"`));
      const other = baselineOfNode.get(name);
      if (other !== undefined) issues.push(issueAt(entry, ["nodes", index], `node "${name}" is already in baseline "${other}": a node belongs to at most one baseline`));
      baselineOfNode.set(name, baseline.name);
    });
    if (issues.length > before) continue;
    const owners = baseline.owner === undefined ? [workspaceOwner] : Array.isArray(baseline.owner) ? [...new Set(baseline.owner)] : [baseline.owner];
    result.push({
      name: baseline.name,
      owners,
      priority: baseline.priority,
      type: baseline.type,
      slaDetail,
      alertMarginMinutes: baseline.alertMargin,
      nodes: [...new Set(baseline.nodes)],
      enabled: baseline.enabled,
      isDefault: baseline.default,
      file: entry.source.file,
      line: entry.line,
    });
  }
  // A node may also name its baseline with its own `baseline:` key.
  const declared = new Map(result.map((baseline) => [baseline.name, baseline]));
  for (const node of nodes) {
    if (node.baseline === null) continue;
    const target = declared.get(node.baseline);
    const listedIn = baselineOfNode.get(node.name);
    if (!seenNames.has(node.baseline)) {
      issues.push({ file: node.file, line: node.line, field: "baseline", message: `unknown baseline "${node.baseline}" (declare it in ${BASELINES_FILE})` });
    } else if (listedIn !== undefined && listedIn !== node.baseline) {
      issues.push({ file: node.file, line: node.line, field: "baseline", message: `node "${node.name}" is listed in baseline "${listedIn}" in ${BASELINES_FILE}: a node belongs to at most one baseline` });
    } else if (target && !target.nodes.includes(node.name)) {
      target.nodes.push(node.name);
    }
  }
  return result;
}
