import { z } from "zod";
import { zId, zRowId } from "./common";

/** DataWorks projects (workspaces) of one data service, as the picker and the shell see them. */

export const ZWorkspaceParams = z.object({ serviceId: zRowId, projectId: zId });
export type TWorkspaceParams = z.infer<typeof ZWorkspaceParams>;

/** Where a project's time zone came from: the upstream (GetProject `TimeZone`) or the console's default. */
export const ZTimezoneSource = z.enum(["upstream", "default"]);

export const ZProject = z.object({
  projectId: z.string(),
  identifier: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.string(),
  /** IANA zone the project's business dates and cycle times are in. */
  timezone: z.string(),
  timezoneSource: ZTimezoneSource,
});
export type TProject = z.infer<typeof ZProject>;

export const ZProjectList = z.object({
  serviceId: z.number().int(),
  items: z.array(ZProject),
});
export type TProjectList = z.infer<typeof ZProjectList>;

/** Real DataWorks tenants in mainland China schedule in this zone; used when GetProject names none. */
export const DEFAULT_PROJECT_TIMEZONE = "Asia/Shanghai";
