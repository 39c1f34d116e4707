import "server-only";
import type { TActionPreview, TInstanceAction } from "@/lib/contracts/instances";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { isReasonRequired, judgeInstanceAction } from "./action-rules";
import { getDownstreamImpact } from "./downstream-counts";
import { resolveInstanceSelection, type TSelection } from "./resolve-selection";
import { getWorkspaceTimezone } from "./workspace-timezone";

/**
 * What a bulk action would do, without doing it: the instances it names with their status now,
 * which of them it applies to, skips (already so) or is refused for by state, and how many
 * instances downstream depend on them.
 */
export async function previewInstanceAction(input: { serviceId: number; projectId: string; action: TInstanceAction; selection: TSelection }): Promise<TActionPreview> {
  const { serviceId, projectId, action } = input;
  const client = await getDataWorksClient(serviceId);
  const timezone = await getWorkspaceTimezone(client, serviceId, projectId);
  const resolved = await resolveInstanceSelection({ client, projectId, timezone }, input.selection);
  const impact = await getDownstreamImpact(
    client,
    resolved.instances.map((instance) => instance.instanceId),
  );
  const items = resolved.instances.map((instance) => {
    const judgement = judgeInstanceAction(action, instance);
    return {
      instance,
      verdict: judgement.verdict,
      explanation: judgement.explanation,
      downstream: impact.isAvailable ? (impact.perInstance.get(instance.instanceId) ?? null) : null,
    };
  });
  const count = (verdict: string) => items.filter((item) => item.verdict === verdict).length;
  return {
    action,
    items,
    counts: { total: items.length, applies: count("applies"), noop: count("noop"), refused: count("refused") },
    missingIds: resolved.missingIds,
    isTruncated: resolved.isTruncated,
    downstream: impact.isAvailable
      ? { isAvailable: true, unavailableReason: null, union: impact.union }
      : { isAvailable: false, unavailableReason: impact.reason, union: null },
    isReasonRequired: isReasonRequired(action, items.length),
    timezone,
  };
}
