import { maskedContent } from "../../../connectivity/content";
import { storedSecretKeys } from "../../../connectivity/data-sources";
import type { ConnectivityRuntime } from "../../../connectivity/runtime";
import type { DataSourceRecord } from "../../../store/queries/connectivity/data-sources";
import { formatConsoleTime } from "../common/console-time";
import { EMBEDDED_TENANT_ID } from "../projects/project-wire";

/**
 * ListDataSources' items (connectivity spec §2.2). `Content` is the JSON text with every stored
 * secret shown as `***`. Extensions: `LastConnectState`, `LastTestTime` (epoch ms or null) and
 * `SourceFile` (the workspace YAML that defines it, "" when made through the API).
 */
export function toDataSourceWire(record: DataSourceRecord, context: { runtime: ConnectivityRuntime; timezone: string }) {
  const publicContent = JSON.parse(record.content) as Record<string, unknown>;
  return {
    Status: record.status,
    ProjectId: record.projectId,
    SubType: record.subType,
    GmtModified: formatConsoleTime(Number(record.modifiedAt), context.timezone),
    EnvType: record.envType,
    ConnectStatus: record.lastConnectState === null || record.lastConnectState === "Connectable" ? 1 : 2,
    Sequence: Number(record.id),
    Description: record.description,
    DataSourceType: record.dataSourceType,
    GmtCreate: formatConsoleTime(Number(record.createdAt), context.timezone),
    DefaultEngine: false,
    Shared: false,
    Operator: record.operator,
    Name: record.name,
    Content: JSON.stringify(maskedContent(publicContent, storedSecretKeys(context.runtime, record))),
    Id: record.id,
    BindingCalcEngineId: 0,
    TenantId: EMBEDDED_TENANT_ID,
    LastConnectState: record.lastConnectState,
    LastTestTime: record.lastTestedAt === null ? null : Number(record.lastTestedAt),
    SourceFile: record.sourceFile,
  };
}
