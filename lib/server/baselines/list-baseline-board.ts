import "server-only";
import { MAX_BOARD_ITEMS, type TBaselineBoard, type TBaselineBoardQuery } from "@/lib/contracts/baselines";
import { currentBizdate, toZonedMidnightText } from "@/lib/server/instances/zoned-date";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toBaselineInstanceSummary } from "./baseline-mapper";
import { withMonitorErrors } from "./monitor-errors";
import { sortByUrgency } from "./sort-by-urgency";
import { ZListBaselineStatusesAnswer } from "./upstream-schemas";

const PAGE_SIZE = 100;

/**
 * Every baseline instance of a business date in the workspace (ListBaselineStatuses, all pages up
 * to MAX_BOARD_ITEMS), filtered by owner, priority and status upstream, sorted by urgency. The
 * Action has no ProjectId: instances of other workspaces are dropped here.
 */
export async function listBaselineBoard(input: { serviceId: number; projectId: string; query: TBaselineBoardQuery; now?: number }): Promise<TBaselineBoard> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  const bizdate = input.query.bizdate ?? currentBizdate(input.now ?? Date.now(), timezone);
  const params = {
    Bizdate: toZonedMidnightText(bizdate, timezone),
    PageSize: PAGE_SIZE,
    Owner: input.query.owner,
    Priority: input.query.priority?.join(","),
    Status: input.query.status?.join(","),
    SearchText: input.query.search,
  };
  const items = [];
  let totalCount = 0;
  for (let page = 1; page <= MAX_BOARD_ITEMS / PAGE_SIZE; page += 1) {
    const answer = await withMonitorErrors("baseline", () => client.call("ListBaselineStatuses", { ...params, PageNumber: page }, ZListBaselineStatusesAnswer));
    const rows = answer.Data.BaselineStatuses ?? [];
    totalCount = answer.Data.TotalCount;
    items.push(...rows);
    if (rows.length < PAGE_SIZE || page * PAGE_SIZE >= totalCount) break;
  }
  const mine = items.filter((row) => row.ProjectId === undefined || row.ProjectId === null || row.ProjectId === input.projectId);
  return {
    bizdate,
    items: sortByUrgency(mine.map((row) => toBaselineInstanceSummary(row, timezone))),
    isTruncated: totalCount > items.length,
    timezone,
  };
}
