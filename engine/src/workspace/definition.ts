import type { Priority, RerunMode, SchedulerType } from "../model/status";
import type { AlertsDefinition } from "./alerts-file";
import type { ConnectivityDefinition } from "./datasources-file";
import type { BaselineDefinition } from "./baselines-load";
import type { ProgramType } from "./program-types";

/** Where a definition came from: a path relative to the workspace folder and a 1-based line. */
export type SourceLocation = { file: string; line: number };

export type ResourceGroupDefinition = SourceLocation & {
  identifier: string;
  name: string;
  slots: number;
  isDefault: boolean;
};

export type NodeOutputDefinition = { name: string; table: string };

/** A node with every workspace default applied: nothing left to look up. */
export type NodeDefinition = SourceLocation & {
  name: string;
  programType: ProgramType;
  /** DataWorks numeric node type (spec §2.7). */
  fileType: number;
  /** Empty for VIRTUAL nodes. */
  command: string;
  /** DataWorks 6-field cron, as written (trimmed). */
  cron: string;
  owner: string;
  priority: Priority;
  /** Identifier of one of the workspace's resource groups. */
  resourceGroup: string;
  schedulerType: SchedulerType;
  rerunMode: RerunMode;
  autoRerunTimes: number;
  autoRerunIntervalMs: number;
  timeoutSeconds: number;
  parameters: Record<string, string>;
  /** DataWorks ParamValues: the parameters as `k=v k2=v2`. */
  paramValues: string;
  /** Parent node names, in the order written, without repeats. */
  parents: string[];
  outputs: NodeOutputDefinition[];
  description: string;
  /** Business flow name; empty when none. */
  business: string;
  connection: string;
  /** Baseline name; resolved to an ID once baselines are deployed. */
  baseline: string | null;
};

export type NodeDefaultsDefinition = {
  owner: string;
  priority: Priority;
  resourceGroup: string;
  rerunMode: RerunMode;
  autoRerunTimes: number;
  autoRerunIntervalMs: number;
  timeoutSeconds: number;
};

/** A validated workspace folder: plain data, ready to deploy. */
export type WorkspaceDefinition = {
  identifier: string;
  name: string;
  description: string;
  timezone: string;
  owner: string;
  defaults: NodeDefaultsDefinition;
  resourceGroups: ResourceGroupDefinition[];
  /** In file order (files sorted by path), then in the order written. */
  nodes: NodeDefinition[];
  /** baselines.yaml: baselines and their nodes (absent when the workspace declares none). */
  baselines?: BaselineDefinition[];
  /** alerts.yaml: alert channels, contacts and remind rules (absent when the file is). */
  alerts?: AlertsDefinition;
  /** connectivity.yaml: data sources and egress policies (absent when the file is). */
  connectivity?: ConnectivityDefinition;
};

/** DataWorks ParamValues: `k=v k2=v2`, in the order written. */
export function toParamValues(parameters: Readonly<Record<string, string>>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${name}=${value}`)
    .join(" ");
}

/** The output a node gets when it declares none: `<project>.<node>_out`, as DataWorks names it. */
export function defaultOutputName(projectIdentifier: string, nodeName: string): string {
  return `${projectIdentifier}.${nodeName}_out`;
}
