import "server-only";
import type { TPairTestResult } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { aggregateRunState, consoleHintFor } from "./run-state";
import { runDataSourceTest, summarizeRun } from "./test-data-source";

type PairInput = { serviceId: number; projectId: string; sourceId: string; destinationId: string; resourceGroupId: string; actor: TActor; requestId: string };

/**
 * A sync task's two ends from the same resource group, tested side by side (as DTS does for its
 * source and destination): one verdict per end and one for the pair. Audited once, as connectivity.test-pair.
 */
export async function testPair(input: PairInput): Promise<TPairTestResult> {
  const { value } = await runAudited(
    { actor: input.actor, action: "connectivity.test-pair", targetType: "data-source", targetIds: [input.sourceId, input.destinationId], requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const common = { serviceId: input.serviceId, projectId: input.projectId, resourceGroupId: input.resourceGroupId };
      const requestedAt = new Date().toISOString();
      const [source, destination] = await Promise.all([runDataSourceTest({ ...common, dataSourceId: input.sourceId }), runDataSourceTest({ ...common, dataSourceId: input.destinationId })]);
      const targets = [
        ...source.run.targets.map((target) => ({ ...target, key: `source:${target.key}`, role: "source" as const })),
        ...destination.run.targets.map((target) => ({ ...target, key: `destination:${target.key}`, role: "destination" as const })),
      ];
      const state = aggregateRunState(targets);
      const hint = consoleHintFor(state, "dataworks.TestDataSourceConnectivity");
      const worst = targets.find((target) => target.state === state && target.message);
      const result: TPairTestResult = {
        source,
        destination,
        run: {
          provider: "dataworks.TestDataSourceConnectivity",
          runId: null,
          requestedAt,
          completedAt: new Date().toISOString(),
          state,
          message: worst ? `${worst.role === "source" ? "Source" : "Destination"} ${worst.label}: ${worst.message}` : null,
          advice: [
            ...targets.filter((target) => target.advice).map((target) => ({ source: "provider" as const, targetKey: target.key, text: target.advice as string })),
            ...(hint ? [{ source: "console" as const, targetKey: null, text: hint }] : []),
          ],
          progress: null,
          apiError: null,
          extra: {},
          targets,
        },
      };
      return { value: result, details: { resourceGroupId: input.resourceGroupId, state, source: summarizeRun(source.run), destination: summarizeRun(destination.run) } };
    },
  );
  return value;
}
