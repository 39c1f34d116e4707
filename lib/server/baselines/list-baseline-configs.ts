import "server-only";
import type { TBaselineConfigList } from "@/lib/contracts/baselines";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toBaselineConfig } from "./baseline-mapper";
import { withMonitorErrors } from "./monitor-errors";
import { ZListBaselineConfigsAnswer } from "./upstream-schemas";

/** The workspace's baselines (ListBaselineConfigs, first 100 matching), for the rule form's picker. */
export async function listBaselineConfigs(input: { serviceId: number; projectId: string; search?: string }): Promise<TBaselineConfigList> {
  const client = await getDataWorksClient(input.serviceId);
  const answer = await withMonitorErrors("baseline", () =>
    client.call("ListBaselineConfigs", { ProjectId: input.projectId, PageNumber: 1, PageSize: 100, SearchText: input.search }, ZListBaselineConfigsAnswer),
  );
  return { items: (answer.Data.Baselines ?? []).map(toBaselineConfig), totalCount: answer.Data.TotalCount };
}
