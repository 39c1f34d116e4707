import "server-only";
import { MAX_ALERT_RANGE_DAYS, type TAlertList, type TAlertListQuery } from "@/lib/contracts/alerts";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toDayRange } from "@/lib/server/topics/topic-range";
import { projectOfAlert, toAlertMessage } from "./alert-mapper";
import { ZListAlertMessagesAnswer } from "./upstream-schemas";

const UPSTREAM_PAGE_SIZE = 100;
/** ListAlertMessages filters neither by source nor by send status: the console reads this many and filters them. */
export const MAX_ALERTS_READ = 1_000;

/**
 * Alert messages of a date range (ListAlertMessages; receiver and rule filtered upstream), then
 * filtered here by source, send status and workspace, newest first, and paged. Says when the
 * range held more messages than were read.
 */
export async function listAlertMessages(input: { serviceId: number; projectId: string; query: TAlertListQuery; now?: number }): Promise<TAlertList> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  const { query } = input;
  const range = toDayRange({ from: query.from, to: query.to, now: input.now ?? Date.now(), timezone, defaultDays: 3, maxDays: MAX_ALERT_RANGE_DAYS });
  const params = {
    BeginTime: range.beginTime,
    EndTime: range.endTime,
    PageSize: UPSTREAM_PAGE_SIZE,
    AlertUser: query.receiver,
    RemindId: query.remindId,
    // DataWorks applies RemindId only to custom-rule alerts.
    AlertRuleTypes: query.remindId ? "USER_DEFINE" : undefined,
    // The engine's extensions (the filters below still apply where a data service ignores them).
    ProjectId: input.projectId,
    Sources: query.source?.join(","),
    AlertMessageStatuses: query.status?.join(","),
  };
  const read = [];
  let totalCount = 0;
  for (let page = 1; page <= MAX_ALERTS_READ / UPSTREAM_PAGE_SIZE; page += 1) {
    const answer = await withMonitorErrors("alert", () => client.call("ListAlertMessages", { ...params, PageNumber: page }, ZListAlertMessagesAnswer));
    const rows = answer.Data.AlertMessages ?? [];
    totalCount = answer.Data.TotalCount;
    read.push(...rows);
    if (rows.length < UPSTREAM_PAGE_SIZE || page * UPSTREAM_PAGE_SIZE >= totalCount) break;
  }
  const matching = read
    .filter((wire) => {
      const project = projectOfAlert(wire);
      return project === null || project === input.projectId;
    })
    .filter((wire) => !query.source || query.source.includes(wire.Source as never))
    .filter((wire) => !query.status || query.status.includes(wire.AlertMessageStatus as never))
    .sort((a, b) => (b.AlertTime ?? 0) - (a.AlertTime ?? 0));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize).map((wire) => toAlertMessage(wire, timezone)),
    page: query.page,
    pageSize: query.pageSize,
    totalCount: matching.length,
    isTruncated: totalCount > read.length,
    from: range.from,
    to: range.to,
    timezone,
  };
}
