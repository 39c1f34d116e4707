import crypto from "node:crypto";
import { EngineError } from "../model/errors";
import type { Database } from "../store/database";
import { startBinding, updateBinding, type BindingRecord } from "../store/queries/connectivity/bindings";
import { listDataSourcesByIds, type DataSourceRecord } from "../store/queries/connectivity/data-sources";
import { findEgressPolicies } from "../store/queries/connectivity/egress-policies";
import { insertTestRuns, type NewTestRun } from "../store/queries/connectivity/test-runs";
import { mapWithConcurrency } from "./bounded-pool";
import { DATA_SOURCE_ERRORS, toProbeTarget } from "./data-sources";
import { EMBEDDED_DEFAULT_POLICY, type EgressPolicy } from "./egress";
import type { ConnectivityRuntime } from "./runtime";
import { STEP_CODES, STEP_NAMES, type ProbeResult } from "./types";

/**
 * Connection tests of stored data sources from resource groups: one, a batch (data sources ×
 * groups, bounded concurrency), a source/destination pair, or a binding. Every run is stored with
 * its steps (the history) before the answer leaves.
 */

export type TestRole = "datasource" | "source" | "destination";
export type TestKind = "single" | "network" | "batch" | "pair" | "binding";

export type TestTarget = { dataSourceId: bigint; resourceGroupId: bigint; role?: TestRole };

export type ResourceGroupRef = { id: bigint; identifier: string; name: string; projectId: bigint };

export type TargetResult = {
  dataSourceId: bigint;
  dataSourceName: string;
  dataSourceType: string;
  resourceGroup: ResourceGroupRef;
  role: TestRole;
  result: ProbeResult;
};

export type TestRequest = {
  kind: TestKind;
  operator: string;
  requestId: string;
  /** Counted against the caller's test limit (AccessKey ID + operator). */
  rateLimitKey: string;
  now: number;
};

export const RESOURCE_GROUP_NOT_FOUND = (reference: string) =>
  new EngineError("Invalid.Tenant.ResourceGroupNotExists", `The resource group ${reference} does not exist.`, 400);

/** A resource group named by its ID or its Identifier (TestNetworkConnection uses the Identifier). */
export async function findResourceGroups(db: Database, references: readonly string[]): Promise<Map<string, ResourceGroupRef>> {
  const ids = references.filter((reference) => /^\d{1,19}$/.test(reference)).map((reference) => BigInt(reference));
  const rows = await db.prisma.resourceGroup.findMany({
    where: { OR: [{ id: { in: ids } }, { identifier: { in: [...references] } }] },
    select: { id: true, identifier: true, name: true, projectId: true },
  });
  const found = new Map<string, ResourceGroupRef>();
  for (const reference of references) {
    const row = rows.find((candidate) => candidate.identifier === reference || String(candidate.id) === reference);
    if (row) found.set(reference, row);
  }
  return found;
}

export async function getResourceGroupOrThrow(db: Database, reference: string): Promise<ResourceGroupRef> {
  const group = (await findResourceGroups(db, [reference])).get(reference);
  if (!group) throw RESOURCE_GROUP_NOT_FOUND(reference);
  return group;
}

function throttled(): EngineError {
  return new EngineError("Throttling.User", "Your request is too frequent. Try again later. (Connection tests are limited per user.)", 429);
}

/** A result for a target that never reached a probe (Content invalid, secrets unreadable…). */
function problemResult(state: ProbeResult["state"], message: string, now: number): ProbeResult {
  return {
    state,
    message,
    advice: state === "ConfigError" ? "Fix the data source's Content and test again." : "",
    steps: [{ code: STEP_CODES.validate, name: STEP_NAMES.validate_input_parameters, startTime: now, endTime: now, outcome: "failed", detail: message }],
    startedAt: now,
    finishedAt: now,
  };
}

/**
 * Runs the targets (at most `runtime.batchConcurrency` at once; each target's step clocks start
 * when its turn comes) and stores every run. `onResult` sees each result as it finishes.
 */
export async function runConnectionTests(
  db: Database,
  runtime: ConnectivityRuntime,
  targets: readonly TestTarget[],
  request: TestRequest,
  onResult?: (result: TargetResult) => void,
): Promise<{ batchId: string; results: TargetResult[] }> {
  if (targets.length === 0) throw new EngineError("Invalid.DI.Parameter", "The parameter is invalid: no data source to test.", 400);
  if (targets.length > runtime.maxBatchTargets) {
    throw new EngineError("Invalid.DI.Parameter", `The parameter is invalid: at most ${runtime.maxBatchTargets} targets per test, got ${targets.length}.`, 400);
  }
  const cost = Math.max(1, Math.ceil(targets.length / 10));
  if (!runtime.limiter.tryTake(request.rateLimitKey, request.now, cost)) throw throttled();

  const dataSources = new Map((await listDataSourcesByIds(db, [...new Set(targets.map((target) => target.dataSourceId))])).map((row) => [row.id, row]));
  const groupIds = [...new Set(targets.map((target) => target.resourceGroupId))];
  const groups = await findResourceGroups(db, groupIds.map(String));
  for (const target of targets) {
    if (!dataSources.has(target.dataSourceId)) throw DATA_SOURCE_ERRORS.notFound(target.dataSourceId);
    if (!groups.has(String(target.resourceGroupId))) throw RESOURCE_GROUP_NOT_FOUND(String(target.resourceGroupId));
  }
  const policies = await findEgressPolicies(db, groupIds);
  const batchId = crypto.randomUUID();

  const results = await mapWithConcurrency(
    targets,
    runtime.batchConcurrency,
    async (target): Promise<TargetResult> => {
      const record = dataSources.get(target.dataSourceId) as DataSourceRecord;
      const group = groups.get(String(target.resourceGroupId)) as ResourceGroupRef;
      const policy: EgressPolicy = policies.get(group.id) ?? EMBEDDED_DEFAULT_POLICY;
      const prepared = toProbeTarget(runtime, record);
      let result: ProbeResult;
      if (prepared.problem) {
        result = problemResult(prepared.problem.state, prepared.problem.message, Date.now());
      } else {
        // The probe's clocks start inside run(), after a slot is free.
        const release = await runtime.probeSlots.acquire();
        try {
          result = await runtime.runnerFor(group.id).run({ target: prepared.target, policy });
        } finally {
          release();
        }
      }
      return { dataSourceId: record.id, dataSourceName: record.name, dataSourceType: record.dataSourceType, resourceGroup: group, role: target.role ?? "datasource", result };
    },
    (result) => onResult?.(result),
  );

  await insertTestRuns(db, results.map((result) => toRunRecord(result, { ...request, batchId })));
  return { batchId, results };
}

function toRunRecord(result: TargetResult, request: TestRequest & { batchId: string }): NewTestRun {
  return {
    batchId: request.batchId,
    kind: request.kind,
    role: result.role,
    projectId: result.resourceGroup.projectId,
    dataSourceId: result.dataSourceId,
    resourceGroupId: result.resourceGroup.id,
    connectState: result.result.state,
    message: result.result.message ?? "",
    advice: result.result.advice,
    steps: JSON.stringify(result.result.steps),
    operator: request.operator,
    requestId: request.requestId,
    startedAt: BigInt(result.result.startedAt),
    finishedAt: BigInt(result.result.finishedAt),
  };
}

export type PairVerdict = { source: TargetResult; destination: TargetResult; advice: string[] };

/** A sync task's two ends, each tested from its resource group, with advice per failing end. */
export async function runPairTest(
  db: Database,
  runtime: ConnectivityRuntime,
  pair: { source: TestTarget; destination: TestTarget },
  request: TestRequest,
): Promise<PairVerdict & { batchId: string }> {
  const { batchId, results } = await runConnectionTests(db, runtime, [
    { ...pair.source, role: "source" },
    { ...pair.destination, role: "destination" },
  ], request);
  const [source, destination] = results as [TargetResult, TargetResult];
  const advice: string[] = [];
  for (const end of [source, destination]) {
    if (end.result.state === "Connectable") continue;
    const side = end.role === "source" ? "The sync task cannot read from its source" : "The sync task cannot write to its destination";
    advice.push(`${side} ${end.dataSourceName} (${end.result.state}): ${end.result.message ?? ""} ${end.result.advice}`.trim());
  }
  if (advice.length === 0) advice.push("Both ends are connectable from their resource groups.");
  return { batchId, source, destination, advice };
}

/**
 * Binds a data source to a resource group: CREATING (progress 0 → 0.5 while the probe runs) →
 * ACTIVE, or FAILED with the test's message. Returns at once; the probe finishes in the background.
 */
export async function bindDataSource(
  db: Database,
  runtime: ConnectivityRuntime,
  target: { dataSourceId: bigint; resourceGroupId: bigint },
  request: TestRequest,
): Promise<{ binding: BindingRecord; done: Promise<void> }> {
  const [record] = await listDataSourcesByIds(db, [target.dataSourceId]);
  if (!record) throw DATA_SOURCE_ERRORS.notFound(target.dataSourceId);
  await getResourceGroupOrThrow(db, String(target.resourceGroupId));
  if (!runtime.limiter.tryTake(request.rateLimitKey, request.now)) throw throttled();
  const binding = await startBinding(db, target, request.operator, request.now);
  const done = (async () => {
    try {
      await updateBinding(db, binding.id, { progress: 0.5 }, Date.now());
      const { results } = await runConnectionTests(db, { ...runtime, limiter: { tryTake: () => true } as never }, [target], { ...request, kind: "binding" });
      const result = results[0]?.result;
      const isActive = result?.state === "Connectable";
      await updateBinding(db, binding.id, { status: isActive ? "ACTIVE" : "FAILED", progress: 1, message: isActive ? "" : `${result?.state ?? "Unsupport"}: ${result?.message ?? ""}` }, Date.now());
    } catch (error) {
      await updateBinding(db, binding.id, { status: "FAILED", progress: 1, message: `the binding test could not run: ${(error as Error).message}` }, Date.now()).catch(() => undefined);
    }
  })();
  return { binding, done };
}
