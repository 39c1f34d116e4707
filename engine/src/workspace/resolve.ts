import { defaultOutputName, toParamValues, type NodeDefaultsDefinition, type NodeDefinition, type WorkspaceDefinition } from "./definition";
import type { LocatedNode, LocatedWorkspace } from "./located";
import { fileTypeOf } from "./program-types";

/** What a node gets when neither it nor `defaults:` says: DataWorks' own workspace defaults. */
export const BUILT_IN_NODE_DEFAULTS = {
  priority: 1,
  rerunMode: "ALL_ALLOWED",
  autoRerunTimes: 3,
  autoRerunIntervalSeconds: 120,
  timeoutSeconds: 3_600,
} as const;

/** Only MANUAL nodes may omit a cron; they are stored with DataWorks' default daily midnight. */
export const MANUAL_NODE_CRON = "00 00 00 * * ?";

/** Builds the definition from files that passed every check; applies defaults, nothing else. */
export function resolveWorkspace(workspace: LocatedWorkspace, nodes: readonly LocatedNode[]): WorkspaceDefinition {
  const { settings } = workspace;
  const defaultGroup = settings.resourceGroups.find((group) => group.default) ?? settings.resourceGroups[0];
  const defaults: NodeDefaultsDefinition = {
    owner: settings.defaults.owner ?? settings.owner,
    priority: settings.defaults.priority ?? BUILT_IN_NODE_DEFAULTS.priority,
    resourceGroup: settings.defaults.resourceGroup ?? defaultGroup?.identifier ?? "",
    rerunMode: settings.defaults.rerunMode ?? BUILT_IN_NODE_DEFAULTS.rerunMode,
    autoRerunTimes: settings.defaults.autoRerunTimes ?? BUILT_IN_NODE_DEFAULTS.autoRerunTimes,
    autoRerunIntervalMs: (settings.defaults.autoRerunInterval ?? BUILT_IN_NODE_DEFAULTS.autoRerunIntervalSeconds) * 1000,
    timeoutSeconds: settings.defaults.timeout ?? BUILT_IN_NODE_DEFAULTS.timeoutSeconds,
  };
  return {
    identifier: settings.identifier,
    name: settings.name,
    description: settings.description,
    timezone: settings.timezone,
    owner: settings.owner,
    defaults,
    resourceGroups: settings.resourceGroups.map((group, index) => ({
      identifier: group.identifier,
      name: group.name ?? group.identifier,
      slots: group.slots,
      isDefault: group.default,
      file: workspace.source.file,
      line: workspace.source.lineOf(["resourceGroups", index]),
    })),
    nodes: nodes.map((located) => resolveNode(located, defaults, settings.identifier)),
  };
}

function resolveNode(located: LocatedNode, defaults: NodeDefaultsDefinition, projectIdentifier: string): NodeDefinition {
  const { node } = located;
  return {
    name: node.name,
    programType: node.type,
    fileType: fileTypeOf(node.type),
    command: node.type === "VIRTUAL" ? "" : (node.command ?? ""),
    cron: node.cron?.trim() ?? MANUAL_NODE_CRON,
    owner: node.owner ?? defaults.owner,
    priority: node.priority ?? defaults.priority,
    resourceGroup: node.resourceGroup ?? defaults.resourceGroup,
    schedulerType: node.schedulerType,
    rerunMode: node.rerunMode ?? defaults.rerunMode,
    autoRerunTimes: node.autoRerunTimes ?? defaults.autoRerunTimes,
    autoRerunIntervalMs: node.autoRerunInterval !== undefined ? node.autoRerunInterval * 1000 : defaults.autoRerunIntervalMs,
    timeoutSeconds: node.timeout ?? defaults.timeoutSeconds,
    parameters: { ...node.parameters },
    paramValues: toParamValues(node.parameters),
    parents: [...new Set(node.parents)],
    outputs: (node.outputs ?? [{ name: defaultOutputName(projectIdentifier, node.name) }]).map((output) => ({
      name: output.name,
      table: output.table ?? "",
    })),
    description: node.description,
    business: node.business ?? located.fileBusiness ?? "",
    connection: node.connection,
    baseline: node.baseline ?? null,
    file: located.source.file,
    line: located.line,
  };
}
