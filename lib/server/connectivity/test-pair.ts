import "server-only";
import type { TConnectivityRun, TDataSourceTestResult, TPairTestResult } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { isUnknownAction } from "./extension-fallback";
import { toTargetTestResult } from "./map-datasource-test";
import { aggregateRunState, consoleHintFor } from "./run-state";
import { runDataSourceTest, summarizeRun } from "./test-data-source";
import { ZPairTestAnswer } from "./upstream-schemas";

type PairInput = { serviceId: number; projectId: string; sourceId: string; destinationId: string; resourceGroupId: string; actor: TActor; requestId: string };

const PAIR_TIMEOUT_MS = 60_000;

/** Both ends' runs as one, each end a target with its role; the pair's state is the worse end's. */
function combine(source: TDataSourceTestResult, destination: TDataSourceTestResult, providerAdvice: string[], requestedAt: string, runId: string | null): TConnectivityRun {
  const targets = [
    ...source.run.targets.map((target) => ({ ...target, key: `source:${target.key}`, role: "source" as const })),
    ...destination.run.targets.map((target) => ({ ...target, key: `destination:${target.key}`, role: "destination" as const })),
  ];
  const state = aggregateRunState(targets);
  const hint = consoleHintFor(state, "dataworks.TestDataSourceConnectivity");
  const worst = targets.find((target) => target.state === state && target.message);
  return {
    provider: "dataworks.TestDataSourceConnectivity",
    runId,
    requestedAt,
    completedAt: new Date().toISOString(),
    state,
    message: worst ? `${worst.role === "source" ? "Source" : "Destination"} ${worst.label}: ${worst.message}` : null,
    advice: [
      ...providerAdvice.map((text) => ({ source: "provider" as const, targetKey: null, text })),
      ...targets.filter((target) => target.advice).map((target) => ({ source: "provider" as const, targetKey: target.key, text: target.advice as string })),
      ...(hint ? [{ source: "console" as const, targetKey: null, text: hint }] : []),
    ],
    progress: null,
    apiError: null,
    extra: {},
    targets,
  };
}

async function runPair(input: PairInput): Promise<TPairTestResult> {
  const requestedAt = new Date();
  const client = await getDataWorksClient(input.serviceId);
  try {
    const answer = await client.call(
      "TestDataSourceConnectivityPair",
      { SourceDataSourceId: input.sourceId, DestinationDataSourceId: input.destinationId, ResourceGroupId: input.resourceGroupId, Operator: input.actor.username },
      ZPairTestAnswer,
      { method: "POST", timeoutMs: PAIR_TIMEOUT_MS },
    );
    const context = { projectId: input.projectId, requestId: answer.Data.BatchId ?? null, requestedAt, completedAt: new Date() };
    const source = toTargetTestResult(answer.Data.Source, context);
    const destination = toTargetTestResult(answer.Data.Destination, context);
    const advice = answer.Data.Advice ? (Array.isArray(answer.Data.Advice) ? answer.Data.Advice : [answer.Data.Advice]).filter((text) => text.trim() !== "") : [];
    return { source, destination, run: combine(source, destination, advice, requestedAt.toISOString(), answer.Data.BatchId ?? null) };
  } catch (error) {
    if (!isUnknownAction(error)) throw error;
  }
  // Real DataWorks has no pair Action: test both ends side by side with the documented one.
  const common = { serviceId: input.serviceId, projectId: input.projectId, resourceGroupId: input.resourceGroupId, operator: input.actor.username };
  const [source, destination] = await Promise.all([runDataSourceTest({ ...common, dataSourceId: input.sourceId }), runDataSourceTest({ ...common, dataSourceId: input.destinationId })]);
  return { source, destination, run: combine(source, destination, [], requestedAt.toISOString(), null) };
}

/**
 * A sync task's two ends from the same resource group (as DTS does for its source and
 * destination): one verdict per end and one for the pair. Audited once, as connectivity.test-pair.
 */
export async function testPair(input: PairInput): Promise<TPairTestResult> {
  const { value } = await runAudited(
    { actor: input.actor, action: "connectivity.test-pair", targetType: "data-source", targetIds: [input.sourceId, input.destinationId], requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const result = await runPair(input);
      return { value: result, details: { resourceGroupId: input.resourceGroupId, state: result.run.state, source: summarizeRun(result.source.run), destination: summarizeRun(result.destination.run) } };
    },
  );
  return value;
}
