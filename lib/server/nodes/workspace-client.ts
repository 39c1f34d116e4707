import "server-only";
import { getWorkspaceTimezone } from "@/lib/server/instances/workspace-timezone";
import { getDataWorksClient, type DataWorksClient } from "@/lib/server/upstream/dataworks";

export type TWorkspaceClient = { client: DataWorksClient; serviceId: number; projectId: string; timezone: string };

/** The DataWorks client of a data service and the workspace's time zone, for one request. */
export async function getWorkspaceClient(serviceId: number, projectId: string): Promise<TWorkspaceClient> {
  const client = await getDataWorksClient(serviceId);
  const timezone = await getWorkspaceTimezone(client, serviceId, projectId);
  return { client, serviceId, projectId, timezone };
}
