import "server-only";
import type { z } from "zod";
import type { TBatchTestResult, ZBatchTestBody } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import { isUnknownAction } from "./extension-fallback";
import { listDataSources } from "./list-data-sources";
import { listResourceGroups } from "./list-resource-groups";
import { toTargetTestResult } from "./map-datasource-test";
import { runDataSourceTest } from "./test-data-source";
import { ZBatchTestAnswer } from "./upstream-schemas";

type BatchInput = { serviceId: number; projectId: string; body: z.output<typeof ZBatchTestBody>; actor: TActor; requestId: string };

const BATCH_TIMEOUT_MS = 120_000;
/** Without the batch extension, single tests at most this many at a time (real DataWorks: level-2 QPS). */
const FALLBACK_CONCURRENCY = 4;

async function runBatch({ serviceId, projectId, body, actor }: BatchInput): Promise<TBatchTestResult> {
  const client = await getDataWorksClient(serviceId);
  const requestedAt = new Date();
  try {
    const answer = await client.call(
      "TestDataSourceConnectivityBatch",
      { ProjectId: projectId, DataSourceIds: body.dataSourceIds?.join(","), ResourceGroupIds: body.resourceGroupIds?.join(","), Operator: actor.username },
      ZBatchTestAnswer,
      { method: "POST", timeoutMs: BATCH_TIMEOUT_MS },
    );
    const context = { projectId, requestId: answer.Data.BatchId ?? null, requestedAt, completedAt: new Date() };
    return { batchId: answer.Data.BatchId ?? null, results: answer.Data.Results.map((target) => toTargetTestResult(target, context)) };
  } catch (error) {
    if (!isUnknownAction(error)) throw error;
  }
  const dataSourceIds = body.dataSourceIds ?? (await listDataSources({ serviceId, projectId })).items.map((item) => item.dataSourceId);
  const groupIds = body.resourceGroupIds ?? (await listResourceGroups({ serviceId, projectId })).items.map((group) => group.identifier);
  const targets = dataSourceIds.flatMap((dataSourceId) => groupIds.map((resourceGroupId) => ({ dataSourceId, resourceGroupId })));
  const results = await mapWithConcurrency(targets, FALLBACK_CONCURRENCY, (target) => runDataSourceTest({ serviceId, projectId, ...target, operator: actor.username }));
  return { batchId: null, results };
}

/** Every data source × resource group named (all when left out), one result per target (operator); audited as connectivity.test-batch. */
export async function testBatch(input: BatchInput): Promise<TBatchTestResult> {
  const { value } = await runAudited(
    { actor: input.actor, action: "connectivity.test-batch", targetType: "data-source", targetIds: input.body.dataSourceIds ?? [], requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const result = await runBatch(input);
      const counts: Record<string, number> = {};
      for (const item of result.results) counts[item.run.state] = (counts[item.run.state] ?? 0) + 1;
      return { value: result, details: { batchId: result.batchId, resourceGroupIds: input.body.resourceGroupIds ?? "all", targets: result.results.length, states: counts } };
    },
  );
  return value;
}
