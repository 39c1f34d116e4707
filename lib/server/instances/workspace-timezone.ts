import "server-only";
import { z } from "zod";
import { DEFAULT_PROJECT_TIMEZONE } from "@/lib/contracts/projects";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { TtlCache } from "./ttl-cache";
import { isKnownTimeZone } from "./zoned-date";

/** GetProject's `Data.TimeZone` (the engine's extension); real DataWorks names none. */
const ZGetProjectTimezone = z.object({ Data: z.object({ TimeZone: z.string().nullable().optional() }).passthrough() });

const timezones = new TtlCache<string>(5 * 60_000);

/**
 * The IANA zone of a workspace, in which its business dates and cycle times are meant: GetProject's
 * `TimeZone`, else DataWorks' Asia/Shanghai. Cached for five minutes per service and project.
 */
export function getWorkspaceTimezone(client: DataWorksClient, serviceId: number, projectId: string): Promise<string> {
  return timezones.get(`${serviceId}:${projectId}`, async () => {
    const answer = await client.call("GetProject", { ProjectId: projectId }, ZGetProjectTimezone);
    const zone = answer.Data.TimeZone;
    return zone && isKnownTimeZone(zone) ? zone : DEFAULT_PROJECT_TIMEZONE;
  });
}
