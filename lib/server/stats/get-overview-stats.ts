import "server-only";
import type { TOverviewStats, TPart } from "@/lib/contracts/stats";
import { ApiError } from "@/lib/server/http/api-error";
import { TtlCache } from "@/lib/server/instances/ttl-cache";
import { getWorkspaceTimezone } from "@/lib/server/instances/workspace-timezone";
import { addDays, currentBizdate, toZonedMidnightText } from "@/lib/server/instances/zoned-date";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toDailyAmounts, toFailingNodes, toNodeTypeCounts, toSlowNodes, toStatusCounts, toSuccessTrend } from "./overview-mappers";
import { ZElapsedRankAnswer, ZErrorRankAnswer, ZFileTypeAnswer, ZInstanceAmountAnswer, ZStatusStatisticAnswer, ZSuccessAmountAnswer } from "./overview-wire";

/** Days of the instance amount chart, ending at the chosen business date. */
export const AMOUNT_DAYS = 14;

/**
 * Every viewer of a workspace's overview polls every 30 s; one fan-out per 20 s serves them all.
 * ListSuccessInstanceAmount is a level-3 Action (5 calls a second, 10,000 a day), so its trend is
 * kept a minute.
 */
const overviews = new TtlCache<TOverviewStats>(20_000, 200);
const successTrends = new TtlCache<TPart<TOverviewStats["successTrend"]["data"] & object>>(60_000, 200);

async function settle<T>(work: Promise<T>): Promise<TPart<T>> {
  try {
    return { data: await work, error: null };
  } catch (error) {
    if (error instanceof ApiError) return { data: null, error: { code: error.code, message: error.message } };
    console.error("[stats] an overview part failed:", error);
    return { data: null, error: { code: "INTERNAL", message: "This part could not be computed; try again." } };
  }
}

/**
 * The overview of a workspace for a business date: status counts, success trend, daily amounts,
 * the slowest and most failing nodes and the node-type mix, asked of the upstream in parallel.
 * A part that fails carries its error; the others still answer.
 */
export async function getOverviewStats(input: { serviceId: number; projectId: string; bizdate?: string; now?: number }): Promise<TOverviewStats> {
  const { serviceId, projectId } = input;
  const client = await getDataWorksClient(serviceId);
  const timezone = await getWorkspaceTimezone(client, serviceId, projectId);
  const now = input.now ?? Date.now();
  const current = currentBizdate(now, timezone);
  const bizdate = input.bizdate ?? current;
  return overviews.get(`${serviceId}:${projectId}:${bizdate}`, async () => {
    const project = { ProjectId: projectId };
    const [statusCounts, successTrend, instanceAmount, slowest, mostFailing, nodeTypes] = await Promise.all([
      settle(client.call("GetInstanceStatusStatistic", { ...project, ProjectEnv: "PROD", BizDate: bizdate }, ZStatusStatisticAnswer).then(toStatusCounts)),
      successTrends.get(`${serviceId}:${projectId}`, () => settle(client.call("ListSuccessInstanceAmount", project, ZSuccessAmountAnswer).then(toSuccessTrend))),
      settle(
        client
          .call(
            "ListInstanceAmount",
            { ...project, BeginDate: toZonedMidnightText(addDays(bizdate, -(AMOUNT_DAYS - 1)), timezone), EndDate: toZonedMidnightText(bizdate, timezone) },
            ZInstanceAmountAnswer,
          )
          .then((answer) => toDailyAmounts(answer, timezone)),
      ),
      settle(
        client.call("TopTenElapsedTimeInstance", { ...project, BusinessDate: toZonedMidnightText(bizdate, timezone) }, ZElapsedRankAnswer).then((answer) => toSlowNodes(answer, timezone)),
      ),
      settle(client.call("TopTenErrorTimesInstance", project, ZErrorRankAnswer).then(toFailingNodes)),
      settle(client.call("GetFileTypeStatistic", { ...project, ProjectEnv: "PROD" }, ZFileTypeAnswer).then(toNodeTypeCounts)),
    ]);
    return { bizdate, currentBizdate: current, timezone, generatedAt: new Date(now).toISOString(), statusCounts, successTrend, instanceAmount, slowest, mostFailing, nodeTypes };
  });
}
