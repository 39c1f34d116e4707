import "server-only";
import type { TConnectivityRun, TDataSourceTestResult } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { findDataSource } from "./list-data-sources";
import { toDataSourceTestRun } from "./map-datasource-test";
import { ZTestDataSourceConnectivityAnswer } from "./upstream-schemas";

/** A test has its own deadline in the data service; this only bounds a data service that never answers. */
const TEST_TIMEOUT_MS = 45_000;

export type TTestDataSourceInput = { serviceId: number; projectId: string; dataSourceId: string; resourceGroupId: string; actor: TActor; requestId: string };

/** What an audit record keeps of a run: enough for the history chart, nothing secret. */
export function summarizeRun(run: TConnectivityRun) {
  const target = run.targets[0];
  const failed = target?.steps.find((step) => step.outcome === "failed");
  const starts = target?.steps.map((step) => (step.startTime ? Date.parse(step.startTime) : Number.NaN)).filter(Number.isFinite) ?? [];
  const ends = target?.steps.map((step) => (step.endTime ? Date.parse(step.endTime) : Number.NaN)).filter(Number.isFinite) ?? [];
  return {
    state: run.state,
    message: run.message,
    failedStep: failed?.name ?? null,
    durationMs: starts.length > 0 && ends.length > 0 ? Math.max(0, Math.max(...ends) - Math.min(...starts)) : null,
  };
}

/** Runs TestDataSourceConnectivity without auditing (pair tests audit once for both ends). */
export async function runDataSourceTest(input: Omit<TTestDataSourceInput, "actor" | "requestId"> & { operator: string }): Promise<TDataSourceTestResult> {
  const dataSource = await findDataSource(input, input.dataSourceId);
  if (!dataSource) throw new ApiError("NOT_FOUND", `Data source ${input.dataSourceId} does not exist in this workspace.`);
  const client = await getDataWorksClient(input.serviceId);
  const requestedAt = new Date();
  const answer = await client.call(
    "TestDataSourceConnectivity",
    // Operator: the engine limits test rates per user behind the console, not per AccessKey alone.
    { ProjectId: input.projectId, DataSourceId: input.dataSourceId, ResourceGroupId: input.resourceGroupId, Operator: input.operator },
    ZTestDataSourceConnectivityAnswer,
    { method: "POST", timeoutMs: TEST_TIMEOUT_MS },
  );
  const run = toDataSourceTestRun({
    answer,
    projectId: input.projectId,
    dataSourceId: input.dataSourceId,
    dataSourceName: dataSource.name,
    resourceGroup: input.resourceGroupId,
    requestedAt,
    completedAt: new Date(),
  });
  return { dataSourceId: input.dataSourceId, dataSourceName: dataSource.name, resourceGroupId: input.resourceGroupId, run };
}

/** Tests one data source from one resource group (operator); audited as connectivity.test with the verdict. */
export async function testDataSource(input: TTestDataSourceInput): Promise<TDataSourceTestResult> {
  const { value } = await runAudited(
    { actor: input.actor, action: "connectivity.test", targetType: "data-source", targetIds: [input.dataSourceId], requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const result = await runDataSourceTest({ ...input, operator: input.actor.username });
      return { value: result, details: { resourceGroupId: input.resourceGroupId, ...summarizeRun(result.run) } };
    },
  );
  return value;
}
