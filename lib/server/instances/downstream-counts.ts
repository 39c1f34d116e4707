import "server-only";
import type { TDownstreamCount } from "@/lib/contracts/instances";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { isUnknownActionError } from "./upstream-code";
import { ZCountInstanceDownstreamAnswer } from "./upstream-schemas";

export type TDownstreamImpact =
  | { isAvailable: true; perInstance: Map<string, TDownstreamCount>; union: TDownstreamCount }
  | { isAvailable: false; reason: string };

export const DOWNSTREAM_UNAVAILABLE = {
  unknownAction: "This data service cannot count downstream instances (CountInstanceDownstream is a Nightshift engine extension); check the downstream in the instance's graph before you act.",
  failed: "Downstream counts could not be read just now; the action itself is not affected.",
} as const;

/**
 * How many instances depend on each selected one (CountInstanceDownstream). Only the engine has
 * this Action; elsewhere, and on any failure, the preview goes on without counts and says why.
 */
export async function getDownstreamImpact(client: DataWorksClient, instanceIds: readonly string[]): Promise<TDownstreamImpact> {
  if (instanceIds.length === 0) return { isAvailable: true, perInstance: new Map(), union: { downstream: 0, waitingDownstream: 0, isCapped: false } };
  try {
    // POST: a thousand IDs do not belong in a URL.
    const answer = await client.call("CountInstanceDownstream", { InstanceIds: instanceIds.join(","), ProjectEnv: "PROD" }, ZCountInstanceDownstreamAnswer, { method: "POST" });
    const toCount = (count: { Downstream: number; WaitingDownstream: number; Capped?: boolean }): TDownstreamCount => ({
      downstream: count.Downstream,
      waitingDownstream: count.WaitingDownstream,
      isCapped: count.Capped ?? false,
    });
    return {
      isAvailable: true,
      perInstance: new Map(answer.Data.Counts.map((count) => [count.InstanceId, toCount(count)])),
      union: toCount(answer.Data.Union),
    };
  } catch (error) {
    if (isUnknownActionError(error)) return { isAvailable: false, reason: DOWNSTREAM_UNAVAILABLE.unknownAction };
    console.warn(`[instances] downstream counts unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return { isAvailable: false, reason: DOWNSTREAM_UNAVAILABLE.failed };
  }
}
