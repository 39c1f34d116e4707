import type { TAuditRecord } from "@/lib/contracts/audit";

/** Where a target of an audit record can be opened, or null when there is no page for it. */
export function auditTargetHref(record: Pick<TAuditRecord, "targetType" | "serviceId" | "projectId">, targetId: string): string | null {
  if (!/^\d+$/.test(targetId)) return null;
  const workspace = record.serviceId !== null && record.projectId ? `/s/${record.serviceId}/p/${record.projectId}` : null;
  switch (record.targetType) {
    case "instance":
      return workspace ? `${workspace}/instances/${targetId}` : null;
    case "node":
      return workspace ? `${workspace}/nodes/${targetId}` : null;
    case "dag":
      return workspace ? `${workspace}/dags/${targetId}` : null;
    case "user":
      return "/settings/users";
    case "data-service":
      return "/settings/data-services";
    default:
      return null;
  }
}
