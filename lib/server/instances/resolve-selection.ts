import "server-only";
import { MAX_BULK_INSTANCES, type TInstanceFilter, type TInstanceSummary } from "@/lib/contracts/instances";
import { ApiError } from "@/lib/server/http/api-error";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { mapWithConcurrency } from "./concurrency";
import { toInstanceSummary } from "./instance-mapper";
import { toListInstancesParams } from "./list-request";
import { isMissingParameterError } from "./upstream-code";
import { ZGetInstanceAnswer, ZListInstancesAnswer } from "./upstream-schemas";

/** ListInstances' largest page. */
const LIST_PAGE_SIZE = 100;
/** Reads of single instances at once (level-1 Actions: well within 50 QPS). */
const READ_CONCURRENCY = 4;

export type TResolvedSelection = {
  instances: TInstanceSummary[];
  /** Requested IDs that do not exist, or belong to another workspace. */
  missingIds: string[];
  /** More matched the filter than MAX_BULK_INSTANCES. */
  isTruncated: boolean;
};

export type TSelection = { ids?: string[]; filter?: TInstanceFilter };

type Context = { client: DataWorksClient; projectId: string; timezone: string };

/** The instances a bulk action names, read now: each ID with GetInstance, or the filter's matches page by page. */
export async function resolveInstanceSelection(context: Context, selection: TSelection): Promise<TResolvedSelection> {
  if (selection.ids) return readInstancesByIds(context, selection.ids);
  return listMatchingInstances(context, selection.filter ?? {});
}

export async function readInstancesByIds(context: Context, ids: readonly string[]): Promise<TResolvedSelection> {
  const distinct = [...new Set(ids)];
  const read = await mapWithConcurrency(distinct, READ_CONCURRENCY, async (instanceId) => {
    try {
      const answer = await context.client.call("GetInstance", { InstanceId: instanceId, ProjectEnv: "PROD" }, ZGetInstanceAnswer);
      const summary = toInstanceSummary(answer.Data, { timezone: context.timezone });
      // The engine names each instance's workspace; an instance of another one is not this page's to act on.
      return summary.projectId !== null && summary.projectId !== context.projectId ? null : summary;
    } catch (error) {
      if (error instanceof ApiError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  });
  return {
    instances: read.filter((summary): summary is TInstanceSummary => summary !== null),
    missingIds: distinct.filter((_, index) => read[index] === null),
    isTruncated: false,
  };
}

/** Every instance matching the filter, up to MAX_BULK_INSTANCES, by cursor where the upstream has one, else by PageNumber. */
export async function listMatchingInstances(context: Context, filter: TInstanceFilter): Promise<TResolvedSelection> {
  const base = { ...toListInstancesParams(context.projectId, filter), PageSize: String(LIST_PAGE_SIZE) };
  const instances: TInstanceSummary[] = [];
  let cursor: string | null | undefined;
  let pageNumber = 1;
  for (;;) {
    const params = cursor ? { ...base, Cursor: cursor } : { ...base, PageNumber: String(pageNumber) };
    let answer;
    try {
      answer = await context.client.call("ListInstances", params, ZListInstancesAnswer);
    } catch (error) {
      if (filter.nodeId === undefined && isMissingParameterError(error)) {
        throw new ApiError("VALIDATION_FAILED", "This data service lists instances of one node at a time: filter by a node ID first.", {
          issues: [{ path: "filter.nodeId", message: "required by this data service" }],
        });
      }
      throw error;
    }
    const data = answer.Data;
    for (const instance of data.Instances) instances.push(toInstanceSummary(instance, { timezone: context.timezone }));
    const hasMore = data.NextCursor === undefined ? pageNumber * LIST_PAGE_SIZE < data.TotalCount && pageNumber < 100 : data.NextCursor !== null;
    if (instances.length >= MAX_BULK_INSTANCES) {
      return { instances: instances.slice(0, MAX_BULK_INSTANCES), missingIds: [], isTruncated: hasMore || instances.length > MAX_BULK_INSTANCES };
    }
    if (!hasMore || data.Instances.length === 0) return { instances, missingIds: [], isTruncated: false };
    cursor = data.NextCursor;
    pageNumber += 1;
  }
}
