/** Which workspace an API call is about: the console's data-service id and the DataWorks project. */
export type TWorkspaceRef = { serviceId: number; projectId: string };

export function instancesApiPath(workspace: TWorkspaceRef): string {
  return `/api/s/${workspace.serviceId}/p/${encodeURIComponent(workspace.projectId)}/instances`;
}
