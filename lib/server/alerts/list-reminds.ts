import "server-only";
import type { TRemindList, TRemindListQuery } from "@/lib/contracts/alerts";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toRemindSummary } from "./remind-mapper";
import { ZListRemindsAnswer } from "./upstream-schemas";

/** One page of custom rules (ListReminds), filtered by name and trigger upstream. */
export async function listReminds(input: { serviceId: number; projectId: string; query: TRemindListQuery }): Promise<TRemindList> {
  const client = await getDataWorksClient(input.serviceId);
  const answer = await withMonitorErrors("rule", () =>
    client.call(
      "ListReminds",
      { PageNumber: input.query.page, PageSize: input.query.pageSize, SearchText: input.query.search, RemindTypes: input.query.type?.join(","), ProjectId: input.projectId },
      ZListRemindsAnswer,
    ),
  );
  return { items: (answer.Data.Reminds ?? []).map(toRemindSummary), page: input.query.page, pageSize: input.query.pageSize, totalCount: answer.Data.TotalCount };
}
