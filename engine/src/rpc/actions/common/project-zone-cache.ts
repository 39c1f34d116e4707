import type { Database } from "../../../store/database";
import { getProjectOrThrow } from "./lookups";

/** How long a workspace's time zone is reused before it is read again. */
export const PROJECT_ZONE_TTL_MS = 5_000;

type CachedZone = { timezone: string; expiresAt: number };

const zonesByDatabase = new WeakMap<Database, Map<bigint, CachedZone>>();

/**
 * A workspace's time zone for the hot read paths (ListInstances): reused for 5 s, which saves a
 * database round trip per call. A deploy that changes the zone, or a new workspace, shows within
 * those 5 s; a workspace that does not exist is never cached, so it is refused every time.
 */
export async function getProjectTimezoneOrThrow(db: Database, projectId: bigint, monotonicNow: number = performance.now()): Promise<string> {
  let zones = zonesByDatabase.get(db);
  if (zones === undefined) {
    zones = new Map();
    zonesByDatabase.set(db, zones);
  }
  const cached = zones.get(projectId);
  if (cached !== undefined && cached.expiresAt > monotonicNow) return cached.timezone;
  const project = await getProjectOrThrow(db, projectId);
  zones.set(projectId, { timezone: project.timezone, expiresAt: monotonicNow + PROJECT_ZONE_TTL_MS });
  return project.timezone;
}
