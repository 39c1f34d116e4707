import "server-only";
import type { TProject } from "@/lib/contracts/projects";
import { ApiError } from "@/lib/server/http/api-error";
import { getDataWorksClient, type DataWorksClient } from "@/lib/server/upstream/dataworks";
import { ZGetProjectResponse, ZListProjectsResponse, toProjectDto, type TProjectListItemWire } from "./project-wire";

/** Projects change rarely; a short cache keeps every page load from listing them again. */
const PROJECTS_TTL_MS = 60_000;
const PAGE_SIZE = 100;
/** Guards against an upstream whose TotalCount never stops growing. */
const MAX_PAGES = 50;
const TIMEZONE_LOOKUP_CONCURRENCY = 4;

type CachedProjects = { projects: Promise<TProject[]>; loadedAt: number };
const globalCache = globalThis as typeof globalThis & { __nightshiftServiceProjects?: Map<number, CachedProjects> };
const cache = (globalCache.__nightshiftServiceProjects ??= new Map());

/** Every project of a data service with its time zone (ListProjects, all pages, then GetProject each). */
export function listServiceProjects(serviceId: number, options: { fresh?: boolean } = {}): Promise<TProject[]> {
  const cached = cache.get(serviceId);
  if (!options.fresh && cached && Date.now() - cached.loadedAt < PROJECTS_TTL_MS) return cached.projects;
  const projects = getDataWorksClient(serviceId).then(loadProjects);
  projects.catch(() => {
    if (cache.get(serviceId)?.projects === projects) cache.delete(serviceId);
  });
  cache.set(serviceId, { projects, loadedAt: Date.now() });
  return projects;
}

export function invalidateServiceProjects(serviceId?: number): void {
  if (serviceId === undefined) cache.clear();
  else cache.delete(serviceId);
}

/** One project of a data service, or NOT_FOUND (a link to a project that was removed or lives elsewhere). */
export async function getServiceProjectOrThrow(serviceId: number, projectId: string): Promise<TProject> {
  const project = (await listServiceProjects(serviceId)).find((candidate) => candidate.projectId === projectId);
  if (!project) throw new ApiError("NOT_FOUND", `Project ${projectId} does not exist on data service ${serviceId}.`);
  return project;
}

export async function listProjectItems(client: DataWorksClient): Promise<TProjectListItemWire[]> {
  const items: TProjectListItemWire[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
    const page = await client.call("ListProjects", { PageNumber: pageNumber, PageSize: PAGE_SIZE }, ZListProjectsResponse);
    items.push(...page.PageResult.ProjectList);
    if (page.PageResult.ProjectList.length < PAGE_SIZE || items.length >= page.PageResult.TotalCount) break;
  }
  return items;
}

async function loadProjects(client: DataWorksClient): Promise<TProject[]> {
  const items = await listProjectItems(client);
  const zones = await mapWithConcurrency(items, TIMEZONE_LOOKUP_CONCURRENCY, (item) => findUpstreamTimezone(client, item.ProjectId));
  return items.map((item, index) => toProjectDto(item, zones[index]));
}

/** GetProject's TimeZone, or undefined when the upstream has none or refuses (the default zone applies). */
async function findUpstreamTimezone(client: DataWorksClient, projectId: string): Promise<string | undefined> {
  try {
    const answer = await client.call("GetProject", { ProjectId: projectId }, ZGetProjectResponse);
    return answer.Data.TimeZone;
  } catch (error) {
    if (error instanceof ApiError && (error.code === "UPSTREAM_UNREACHABLE" || error.code === "UPSTREAM_TIMEOUT")) throw error;
    return undefined;
  }
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
