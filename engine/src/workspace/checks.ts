import { isValidTimeZone } from "../schedule/calendar";
import type { WorkspaceIssue } from "./errors";
import { findDependencyCycles, formatCycle } from "./graph";
import { defaultOutputName } from "./definition";
import { describeLocation, issueAtNode, issueAtWorkspace, type LocatedNode, type LocatedPartialNode, type LocatedWorkspace } from "./located";
import { WORKSPACE_LIMITS, type PartialNodeSource } from "./schema";

/**
 * The checks that look across fields, files and nodes, after the shape checks. Entries that failed
 * those (`partialNodes`) are checked on the fields that passed. `workspace` is null when
 * workspace.yaml itself is broken; checks that need it are skipped rather than report knock-ons.
 */
export function findWorkspaceIssues(
  workspace: LocatedWorkspace | null,
  nodes: readonly LocatedNode[],
  partialNodes: readonly LocatedPartialNode[],
): WorkspaceIssue[] {
  const entries: readonly LocatedNode<PartialNodeSource>[] = [...nodes, ...partialNodes];
  return [
    ...(workspace ? findSettingsIssues(workspace) : []),
    ...entries.flatMap((located) => findNodeFieldIssues(located, workspace)),
    ...findNodeCountIssues(nodes, partialNodes),
    ...findDuplicateNameIssues(nodes, partialNodes),
    ...findParentIssues(entries, partialNodes),
    ...(workspace ? findDuplicateOutputIssues(nodes, workspace.settings.identifier) : []),
    ...findCycleIssues(nodes),
  ];
}

function findSettingsIssues(workspace: LocatedWorkspace): WorkspaceIssue[] {
  const { settings } = workspace;
  const issues: WorkspaceIssue[] = [];
  if (!isValidTimeZone(settings.timezone)) {
    issues.push(issueAtWorkspace(workspace, ["timezone"], `unknown time zone "${settings.timezone}" (use an IANA name such as Asia/Shanghai)`));
  }

  const firstIndexByIdentifier = new Map<string, number>();
  settings.resourceGroups.forEach((group, index) => {
    const firstIndex = firstIndexByIdentifier.get(group.identifier);
    if (firstIndex === undefined) firstIndexByIdentifier.set(group.identifier, index);
    else {
      const message = `duplicate resource group "${group.identifier}" (first declared at line ${workspace.source.lineOf(["resourceGroups", firstIndex])})`;
      issues.push(issueAtWorkspace(workspace, ["resourceGroups", index, "identifier"], message));
    }
  });

  const defaultIndexes = settings.resourceGroups.flatMap((group, index) => (group.default ? [index] : []));
  if (defaultIndexes.length === 0) {
    issues.push(issueAtWorkspace(workspace, ["resourceGroups"], "no default resource group: mark exactly one with `default: true`"));
  }
  for (const index of defaultIndexes.slice(1)) {
    issues.push(issueAtWorkspace(workspace, ["resourceGroups", index, "default"], "more than one default resource group: mark exactly one"));
  }

  const defaultGroup = settings.defaults.resourceGroup;
  if (defaultGroup !== undefined && !firstIndexByIdentifier.has(defaultGroup)) {
    issues.push(issueAtWorkspace(workspace, ["defaults", "resourceGroup"], unknownResourceGroupMessage(defaultGroup, firstIndexByIdentifier.keys())));
  }
  return issues;
}

function findNodeFieldIssues(located: LocatedNode<PartialNodeSource>, workspace: LocatedWorkspace | null): WorkspaceIssue[] {
  const { node } = located;
  const issues: WorkspaceIssue[] = [];

  const failed = located.failedKeys;
  if (node.type === "VIRTUAL" && node.command !== undefined) {
    issues.push(issueAtNode(located, ["command"], "a VIRTUAL node runs nothing: remove the command or change the type"));
  } else if (node.type !== undefined && node.type !== "VIRTUAL" && !failed.has("command") && (node.command ?? "").trim() === "") {
    issues.push(issueAtNode(located, ["command"], `required for a ${node.type} node`));
  }
  const isSchedulerTypeKnown = !failed.has("schedulerType") && node.schedulerType !== undefined;
  if (node.cron === undefined && !failed.has("cron") && isSchedulerTypeKnown && node.schedulerType !== "MANUAL") {
    issues.push(issueAtNode(located, ["cron"], "required (only MANUAL nodes may leave it out)"));
  }
  if (workspace && node.resourceGroup !== undefined) {
    const known = workspace.settings.resourceGroups.map((group) => group.identifier);
    if (!known.includes(node.resourceGroup)) {
      issues.push(issueAtNode(located, ["resourceGroup"], unknownResourceGroupMessage(node.resourceGroup, known)));
    }
  }
  return issues;
}

function findNodeCountIssues(nodes: readonly LocatedNode[], partialNodes: readonly LocatedPartialNode[]): WorkspaceIssue[] {
  const total = nodes.length + partialNodes.length;
  if (total <= WORKSPACE_LIMITS.maxNodes) return [];
  const firstOverLimit = nodes[WORKSPACE_LIMITS.maxNodes] ?? nodes[nodes.length - 1] ?? partialNodes[0];
  if (!firstOverLimit) return [];
  return [issueAtNode(firstOverLimit, [], `too many nodes: ${total}, a workspace holds at most ${WORKSPACE_LIMITS.maxNodes}`)];
}

function findDuplicateNameIssues(nodes: readonly LocatedNode[], partialNodes: readonly LocatedPartialNode[]): WorkspaceIssue[] {
  const locationsByName = new Map<string, { file: string; line: number }[]>();
  const add = (name: string | undefined, location: { file: string; line: number }) => {
    if (name === undefined) return;
    locationsByName.set(name, [...(locationsByName.get(name) ?? []), location]);
  };
  for (const located of nodes) add(located.node.name, { file: located.source.file, line: located.line });
  for (const located of partialNodes) add(located.writtenName, { file: located.source.file, line: located.line });

  return nodes.flatMap((located) => {
    const locations = locationsByName.get(located.node.name) ?? [];
    if (locations.length < 2) return [];
    const others = locations.filter((location) => location.file !== located.source.file || location.line !== located.line);
    const message = `duplicate node name "${located.node.name}" (also defined at ${others.map(describeLocation).join(", ")})`;
    return [issueAtNode(located, ["name"], message)];
  });
}

function findParentIssues(entries: readonly LocatedNode<PartialNodeSource>[], partialNodes: readonly LocatedPartialNode[]): WorkspaceIssue[] {
  const knownNames = new Set<string>();
  for (const located of entries) if (located.node.name !== undefined) knownNames.add(located.node.name);
  for (const located of partialNodes) if (located.writtenName !== undefined) knownNames.add(located.writtenName);
  return entries.flatMap((located) => {
    const issues: WorkspaceIssue[] = [];
    const seen = new Set<string>();
    (located.node.parents ?? []).forEach((parent, index) => {
      if (parent === located.node.name) {
        issues.push(issueAtNode(located, ["parents", index], `a node cannot depend on itself ("${parent}")`));
      } else if (!knownNames.has(parent)) {
        issues.push(issueAtNode(located, ["parents", index], `unknown parent node "${parent}"`));
      } else if (seen.has(parent)) {
        issues.push(issueAtNode(located, ["parents", index], `parent "${parent}" is listed twice`));
      }
      seen.add(parent);
    });
    return issues;
  });
}

function findDuplicateOutputIssues(nodes: readonly LocatedNode[], projectIdentifier: string): WorkspaceIssue[] {
  const ownerByOutput = new Map<string, LocatedNode>();
  const namesSeen = new Set<string>();
  const issues: WorkspaceIssue[] = [];
  for (const located of nodes) {
    const isDuplicateName = namesSeen.has(located.node.name);
    namesSeen.add(located.node.name);
    // A repeated name is reported as such; its default output would only repeat the news.
    if (isDuplicateName && !located.node.outputs) continue;
    const outputs = located.node.outputs ?? [{ name: defaultOutputName(projectIdentifier, located.node.name) }];
    outputs.forEach((output, index) => {
      const owner = ownerByOutput.get(output.name);
      if (!owner) {
        ownerByOutput.set(output.name, located);
        return;
      }
      const path = located.node.outputs ? ["outputs", index, "name"] : ["name"];
      const message = `output "${output.name}" is already produced by node "${owner.node.name}" (${owner.source.file}:${owner.line})`;
      issues.push(issueAtNode(located, path, message));
    });
  }
  return issues;
}

function findCycleIssues(nodes: readonly LocatedNode[]): WorkspaceIssue[] {
  const byName = new Map<string, LocatedNode>();
  for (const located of nodes) if (!byName.has(located.node.name)) byName.set(located.node.name, located);
  const parentsByName = new Map([...byName].map(([name, located]) => [name, located.node.parents] as const));
  return findDependencyCycles(parentsByName).flatMap((cycle) => {
    const first = byName.get(cycle[0] ?? "");
    return first ? [issueAtNode(first, ["parents"], `dependency cycle: ${formatCycle(cycle)}`)] : [];
  });
}

function unknownResourceGroupMessage(identifier: string, known: Iterable<string>): string {
  return `unknown resource group "${identifier}" (declared: ${[...known].join(", ") || "none"})`;
}
