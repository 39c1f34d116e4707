import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import { DEFAULT_PROJECT_TIMEZONE, type TProject } from "@/lib/contracts/projects";

/** ListProjects' body (bare envelope): one page of projects. */
export const ZListProjectsResponse = z.object({
  RequestId: z.string().optional(),
  PageResult: z.object({
    PageNumber: z.number().int(),
    PageSize: z.number().int(),
    TotalCount: z.number().int().nonnegative(),
    ProjectList: z.array(
      z.object({
        ProjectId: zId,
        ProjectIdentifier: z.string(),
        ProjectName: z.string().optional(),
        ProjectDescription: z.string().nullish(),
        ProjectStatusCode: z.string().nullish(),
      }),
    ),
  }),
});
export type TListProjectsResponse = z.output<typeof ZListProjectsResponse>;
export type TProjectListItemWire = TListProjectsResponse["PageResult"]["ProjectList"][number];

/** GetProject's body; only the time zone is read (`TimeZone` is a Nightshift extension real DataWorks lacks). */
export const ZGetProjectResponse = z.object({
  Data: z.looseObject({ TimeZone: z.string().optional().catch(undefined) }),
});

/** Whether the runtime knows this IANA zone (Intl refuses unknown ones). */
export function isKnownTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function toProjectDto(item: TProjectListItemWire, upstreamTimezone: string | undefined): TProject {
  const hasZone = upstreamTimezone !== undefined && isKnownTimezone(upstreamTimezone);
  return {
    projectId: item.ProjectId,
    identifier: item.ProjectIdentifier,
    name: item.ProjectName || item.ProjectIdentifier,
    description: item.ProjectDescription ?? "",
    status: item.ProjectStatusCode ?? "AVAILABLE",
    timezone: hasZone ? upstreamTimezone : DEFAULT_PROJECT_TIMEZONE,
    timezoneSource: hasZone ? "upstream" : "default",
  };
}
