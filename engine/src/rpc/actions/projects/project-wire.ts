import type { Project, ResourceGroup } from "../../../model/entities";
import { formatConsoleTime } from "../common/console-time";

/** The embedded engine is one tenant; DataWorks' TenantId fields carry this. */
export const EMBEDDED_TENANT_ID = 1n;

/** GetProject `Status` codes and the ListProjects `ProjectStatusCode` names (connectivity spec §2.6). */
export const PROJECT_STATUS_NAMES = [
  "AVAILABLE",
  "DELETED",
  "INITIALIZING",
  "INIT_FAILED",
  "FORBIDDEN",
  "DELETING",
  "DEL_FAILED",
  "FROZEN",
  "UPDATING",
  "UPDATE_FAILED",
] as const;

export function projectStatusName(status: number): string {
  return PROJECT_STATUS_NAMES[status] ?? "AVAILABLE";
}

export type ProjectListItemWire = {
  ProjectDescription: string;
  ProjectId: bigint;
  ProjectIdentifier: string;
  ProjectName: string;
  ProjectOwnerBaseId: string;
  ProjectStatus: number;
  ProjectStatusCode: string;
};

export function toProjectListItemWire(project: Project): ProjectListItemWire {
  return {
    ProjectDescription: project.description,
    ProjectId: project.id,
    ProjectIdentifier: project.identifier,
    ProjectName: project.name,
    ProjectOwnerBaseId: project.ownerId,
    ProjectStatus: project.status,
    ProjectStatusCode: projectStatusName(project.status),
  };
}

export type ProjectDetailWire = ReturnType<typeof toProjectDetailWire>;

/**
 * GetProject's `Data`. The embedded engine runs workspaces in simple mode (ProjectMode 2, production
 * only); the fields DataWorks marks deprecated get neutral values. `TimeZone` is a Nightshift
 * extension: the zone the workspace's business dates and cycle times are computed in.
 */
export function toProjectDetailWire(project: Project, context: { isDefault: boolean; defaultResourceGroupIdentifier: string }) {
  return {
    Status: project.status,
    MaxFlowNode: 0,
    ProjectId: project.id,
    IsAllowDownload: 1,
    ProjectMode: 2,
    GmtModified: formatConsoleTime(project.modifiedAt, project.timezone),
    ProdStorageQuota: "0",
    ProjectDescription: project.description,
    DevelopmentType: 4,
    TablePrivacyMode: 0,
    DefaultDiResourceGroupIdentifier: context.defaultResourceGroupIdentifier,
    SchedulerMaxRetryTimes: project.retryTimes,
    ProtectedMode: 0,
    SchedulerRetryInterval: project.retryIntervalMs,
    Appkey: "",
    DevStorageQuota: "0",
    ResidentArea: "private",
    IsDefault: context.isDefault ? 1 : 0,
    Destination: 0,
    ProjectName: project.name,
    ProjectIdentifier: project.identifier,
    DisableDevelopment: true,
    ProjectOwnerBaseId: project.ownerId,
    BaseProject: false,
    UseProxyOdpsAccount: false,
    GmtCreate: formatConsoleTime(project.createdAt, project.timezone),
    TenantId: EMBEDDED_TENANT_ID,
    EnvTypes: ["PROD"],
    TimeZone: project.timezone,
  };
}

/** Resource group types (connectivity spec §2.5): the engine's groups run scheduled tasks. */
export const SCHEDULING_RESOURCE_GROUP_TYPE_OUT = "7";

export type ResourceGroupWire = ReturnType<typeof toResourceGroupWire>;

/**
 * ListResourceGroups' items. `Specs` carries the slot count (its keys are undocumented); `ProjectId`
 * is a Nightshift extension (DataWorks lists tenant-wide).
 */
export function toResourceGroupWire(group: ResourceGroup, context: { sequence: number; timezone: string }) {
  return {
    BizExtKey: group.mode === "SHARE" ? "default" : "single",
    Cluster: "",
    CreateTime: formatConsoleTime(group.createdAt, context.timezone),
    EnableKp: false,
    Id: group.id,
    Identifier: group.identifier,
    IsDefault: group.isDefault,
    Mode: group.mode,
    Name: group.name,
    ResourceGroupType: SCHEDULING_RESOURCE_GROUP_TYPE_OUT,
    Sequence: context.sequence,
    Specs: { Slots: group.slots },
    Status: 0,
    TenantId: EMBEDDED_TENANT_ID,
    UpdateTime: formatConsoleTime(group.modifiedAt, context.timezone),
    ProjectId: group.projectId,
  };
}
