import type { TInstanceFilter } from "@/lib/contracts/instances";

/** The ListInstances parameters of a console filter (the engine's extensions included; DataWorks ignores what it does not know). */
export function toListInstancesParams(projectId: string, filter: TInstanceFilter): Record<string, string | undefined> {
  const day = (date: string | undefined) => (date === undefined ? undefined : `${date} 00:00:00`);
  return {
    ProjectId: projectId,
    ProjectEnv: "PROD",
    Bizdate: day(filter.bizdate),
    BeginBizdate: day(filter.from),
    EndBizdate: day(filter.to),
    Status: filter.status && filter.status.length > 0 ? filter.status.join(",") : undefined,
    NodeName: filter.node,
    NodeId: filter.nodeId,
    Owner: filter.owner,
    ProgramType: filter.programType,
    DagType: filter.dagType,
    DagId: filter.dagId,
    BaselineId: filter.baselineId,
    IsSuspended: filter.suspended === undefined ? undefined : String(filter.suspended),
  };
}

/** The filter part of a list query (what "select all that match" acts on). */
export function filterOfListQuery<Query extends TInstanceFilter>(query: Query): TInstanceFilter {
  const { bizdate, from, to, status, node, nodeId, owner, programType, dagType, dagId, baselineId, suspended } = query;
  const filter: TInstanceFilter = { bizdate, from, to, status, node, nodeId, owner, programType, dagType, dagId, baselineId, suspended };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as TInstanceFilter;
}
