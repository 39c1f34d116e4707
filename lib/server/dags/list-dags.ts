import "server-only";
import { RUN_DAG_TYPES, type TDag, type TDagList, type TDagListQuery } from "@/lib/contracts/dags";
import { ApiError } from "@/lib/server/http/api-error";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import { isMissingParameterError } from "@/lib/server/instances/upstream-code";
import { ZListInstancesAnswer } from "@/lib/server/instances/upstream-schemas";
import { currentBizdate } from "@/lib/server/instances/zoned-date";
import { getWorkspaceClient, type TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toDag } from "./dag-mapper";
import { getUpstreamDagOrThrow } from "./get-upstream-dag";

/** Instances looked at per kind of run (newest business dates first) to find recent runs. */
const SCAN_PAGES = 3;
const SCAN_PAGE_SIZE = 100;
/** Runs listed at most (each is one GetDag). */
const MAX_RUNS = 60;

/**
 * Recent DAG IDs of one kind, found through their instances: DataWorks' ListDags needs a
 * backfill's OpSeq, so instances (ListInstances by DagType, newest first) name the DAGs instead.
 */
async function findRecentDagIds(workspace: TWorkspaceClient, dagType: string): Promise<{ dagIds: string[]; isCapped: boolean }> {
  const dagIds: string[] = [];
  let cursor: string | undefined;
  for (let page = 1; page <= SCAN_PAGES; page++) {
    const answer = await workspace.client.call(
      "ListInstances",
      { ProjectId: workspace.projectId, ProjectEnv: "PROD", DagType: dagType, PageSize: SCAN_PAGE_SIZE, ...(cursor ? { Cursor: cursor } : { PageNumber: page }) },
      ZListInstancesAnswer,
    );
    for (const instance of answer.Data.Instances) if (!dagIds.includes(instance.DagId)) dagIds.push(instance.DagId);
    const hasMore = answer.Data.NextCursor != null || (answer.Data.NextCursor === undefined && page * SCAN_PAGE_SIZE < answer.Data.TotalCount);
    if (!hasMore) return { dagIds, isCapped: false };
    cursor = answer.Data.NextCursor ?? undefined;
  }
  return { dagIds, isCapped: true };
}

/** The daily DAG of a business date: one of its DAILY instances names it; GetDag describes it. */
async function findDailyDag(workspace: TWorkspaceClient, bizdate: string): Promise<TDag | null> {
  const answer = await workspace.client.call(
    "ListInstances",
    { ProjectId: workspace.projectId, ProjectEnv: "PROD", DagType: "DAILY", Bizdate: `${bizdate} 00:00:00`, PageNumber: 1, PageSize: 1 },
    ZListInstancesAnswer,
  );
  const instance = answer.Data.Instances[0];
  if (!instance) return null;
  try {
    return toDag(await getUpstreamDagOrThrow(workspace, instance.DagId), workspace.timezone);
  } catch (error) {
    // DataWorks' GetDag answers only backfill, smoke-test and manual DAGs: describe the daily one from its instance.
    if (!(error instanceof ApiError)) throw error;
    return { dagId: instance.DagId, name: `Daily schedule ${bizdate}`, type: "DAILY", status: "RUNNING", bizdate, createTime: null, startTime: null, finishTime: null, createUser: "", opSeq: null };
  }
}

/** Recent backfills, smoke tests and manual runs (newest first), and the daily DAG of a business date. */
export async function listDags(input: { serviceId: number; projectId: string; query: TDagListQuery }): Promise<TDagList> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const bizdate = input.query.bizdate ?? currentBizdate(Date.now(), workspace.timezone);
  const types = input.query.type === "ALL" ? [...RUN_DAG_TYPES] : [input.query.type];
  try {
    const [scans, dailyDag] = await Promise.all([Promise.all(types.map((type) => findRecentDagIds(workspace, type))), findDailyDag(workspace, bizdate)]);
    const dagIds = [...new Set(scans.flatMap((scan) => scan.dagIds))];
    const wires = await mapWithConcurrency(dagIds.slice(0, MAX_RUNS), 6, (dagId) => getUpstreamDagOrThrow(workspace, dagId).catch(() => null));
    const runs = wires
      .filter((wire) => wire !== null)
      .map((wire) => toDag(wire, workspace.timezone))
      .sort((a, b) => (b.createTime ?? "").localeCompare(a.createTime ?? "") || b.dagId.length - a.dagId.length || b.dagId.localeCompare(a.dagId));
    return { runs, dailyDag, bizdate, isScanCapped: scans.some((scan) => scan.isCapped) || dagIds.length > MAX_RUNS, needsNode: false, timezone: workspace.timezone };
  } catch (error) {
    if (!isMissingParameterError(error)) throw error;
    return { runs: [], dailyDag: null, bizdate, isScanCapped: false, needsNode: true, timezone: workspace.timezone };
  }
}
