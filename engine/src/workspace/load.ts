import fs from "node:fs/promises";
import path from "node:path";
import { readBaselinesFile, resolveBaselines } from "./baselines-load";
import { alertCheckNames, readAlertsFile, withAlerts } from "./alerts-file";
import { findWorkspaceIssues } from "./checks";
import { loadConnectivityFile } from "./datasources-file";
import type { WorkspaceDefinition } from "./definition";
import { sortIssues, WorkspaceValidationError, type WorkspaceIssue } from "./errors";
import type { LocatedNode, LocatedPartialNode, LocatedWorkspace } from "./located";
import { resolveWorkspace } from "./resolve";
import { WORKSPACE_LIMITS, ZNodeSource, ZNodesFileSource, ZPartialNodeSource, ZWorkspaceFileSource, type PartialNodeSource } from "./schema";
import { parseYamlSource, toWorkspaceIssues, workspaceErrorMessages, type YamlSource } from "./source";
import type { z } from "zod";

export const WORKSPACE_FILE = "workspace.yaml";
export const NODES_DIRECTORY = "nodes";

export type WorkspaceLoadResult =
  | { ok: true; definition: WorkspaceDefinition; issues: [] }
  | { ok: false; definition: null; issues: WorkspaceIssue[] };

/** Loads and validates a workspace folder; throws WorkspaceValidationError listing every issue. */
export async function loadWorkspace(directory: string): Promise<WorkspaceDefinition> {
  const result = await tryLoadWorkspace(directory);
  if (!result.ok) throw new WorkspaceValidationError(result.issues);
  return result.definition;
}

/** Like loadWorkspace, but answers with the issues instead of throwing (for `engine validate`). */
export async function tryLoadWorkspace(directory: string): Promise<WorkspaceLoadResult> {
  const issues: WorkspaceIssue[] = [];
  const workspace = await readWorkspaceFile(directory, issues);
  const nodes: LocatedNode[] = [];
  const partialNodes: LocatedPartialNode[] = [];
  for (const file of await listNodeFiles(directory, issues)) {
    await readNodesFile(directory, file, { nodes, partialNodes, issues });
  }
  const baselines = await readBaselinesFile(directory, issues);
  issues.push(...findWorkspaceIssues(workspace, nodes, partialNodes));
  const names = alertCheckNames(nodes);
  const alerts = await readAlertsFile(directory, names.nodeNames, names.businessNames, issues);
  const connectivity = await loadConnectivityFile(directory, workspace?.settings.resourceGroups.map((group) => group.identifier) ?? [], issues);
  if (issues.length > 0 || !workspace) return { ok: false, definition: null, issues: sortIssues(issues) };
  const resolved = withAlerts(resolveWorkspace(workspace, nodes), alerts);
  const resolvedBaselines = resolveBaselines(baselines, resolved.nodes, resolved.owner, issues);
  if (issues.length > 0) return { ok: false, definition: null, issues: sortIssues(issues) };
  const definition = resolvedBaselines.length > 0 ? { ...resolved, baselines: resolvedBaselines } : resolved;
  return { ok: true, definition: connectivity ? { ...definition, connectivity } : definition, issues: [] };
}

async function readWorkspaceFile(directory: string, issues: WorkspaceIssue[]): Promise<LocatedWorkspace | null> {
  const source = await readYamlFile(directory, WORKSPACE_FILE, issues);
  if (!source) return null;
  const parsed = ZWorkspaceFileSource.safeParse(source.value, workspaceErrorMessages);
  if (!parsed.success) {
    issues.push(...toWorkspaceIssues(source, parsed.error.issues));
    return null;
  }
  return { settings: parsed.data, source };
}

type NodeCollector = { nodes: LocatedNode[]; partialNodes: LocatedPartialNode[]; issues: WorkspaceIssue[] };

async function readNodesFile(directory: string, file: string, collector: NodeCollector): Promise<void> {
  const source = await readYamlFile(directory, file, collector.issues);
  if (!source) return;
  const parsedFile = ZNodesFileSource.safeParse(source.value, workspaceErrorMessages);
  if (!parsedFile.success) {
    collector.issues.push(...toWorkspaceIssues(source, parsedFile.error.issues));
    return;
  }
  parsedFile.data.nodes.forEach((entry, index) => {
    const line = source.lineOf(["nodes", index]);
    const parsed = ZNodeSource.safeParse(entry, workspaceErrorMessages);
    const fileBusiness = parsedFile.data.business;
    if (parsed.success) {
      collector.nodes.push({ node: parsed.data, fileBusiness, source, failedKeys: new Set(), index, line });
      return;
    }
    collector.issues.push(...toWorkspaceIssues(source, parsed.error.issues, ["nodes", index]));
    const { node, failedKeys } = salvageNode(entry, parsed.error.issues);
    const writtenName = (entry as { name?: unknown } | null)?.name;
    collector.partialNodes.push({
      node,
      fileBusiness,
      source,
      failedKeys,
      index,
      line,
      writtenName: typeof writtenName === "string" ? writtenName : undefined,
    });
  });
}

/** Keeps the fields of a failed entry that are valid on their own, so they can still be checked. */
function salvageNode(entry: unknown, issues: readonly z.core.$ZodIssue[]): { node: PartialNodeSource; failedKeys: Set<string> } {
  const failedKeys = new Set<string>();
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") issue.keys.forEach((key) => failedKeys.add(key));
    else if (typeof issue.path[0] === "string") failedKeys.add(issue.path[0]);
  }
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return { node: {}, failedKeys };
  const kept = Object.fromEntries(Object.entries(entry).filter(([key]) => !failedKeys.has(key)));
  const parsed = ZPartialNodeSource.safeParse(kept);
  return { node: parsed.success ? parsed.data : {}, failedKeys };
}

/** Reads and parses one YAML file, refusing oversized ones before reading them. */
async function readYamlFile(directory: string, file: string, issues: WorkspaceIssue[]): Promise<YamlSource | null> {
  const fullPath = path.join(directory, ...file.split("/"));
  let size: number;
  try {
    size = (await fs.stat(fullPath)).size;
  } catch (error) {
    const isMissing = (error as NodeJS.ErrnoException).code === "ENOENT";
    issues.push({ file, line: 1, field: "", message: isMissing ? "file not found: a workspace folder needs one" : `cannot read: ${String(error)}` });
    return null;
  }
  if (size > WORKSPACE_LIMITS.maxFileBytes) {
    issues.push({ file, line: 1, field: "", message: `file too large: ${size} bytes, at most ${WORKSPACE_LIMITS.maxFileBytes} (5 MiB)` });
    return null;
  }
  const source = parseYamlSource(file, await fs.readFile(fullPath, "utf8"));
  issues.push(...source.issues);
  return source.issues.length > 0 ? null : source;
}

/** `nodes/**\/*.yaml`, sorted, as forward-slash paths; a `.yml` file is reported, not skipped. */
async function listNodeFiles(directory: string, issues: WorkspaceIssue[]): Promise<string[]> {
  const root = path.join(directory, NODES_DIRECTORY);
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (relative.split("/").some((part) => part.startsWith("."))) continue;
    if (entry.name.endsWith(".yaml")) files.push(relative);
    else if (entry.name.endsWith(".yml")) issues.push({ file: relative, line: 1, field: "", message: "node files end in .yaml: rename it" });
  }
  return files.sort();
}
