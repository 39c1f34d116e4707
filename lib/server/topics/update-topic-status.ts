import "server-only";
import { TOPIC_ACTION_STATUS, type TTopicAction, type TTopicActionResult } from "@/lib/contracts/topics";
import type { TActor } from "@/lib/server/auth/actor";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { readTopic } from "./get-topic";
import { ZTopicUpdateAnswer } from "./upstream-schemas";

/** The engine's extension Action that sets an event's status with a note (docs/engine-api.md). */
export const UPDATE_TOPIC_ACTION = "UpdateTopic";

/**
 * Marks an event being fixed, ignored or handled (recovered) with a note, through the data
 * service's UpdateTopic extension (which records who and when); one audit record here too, with the
 * status before and after. Asking for the status it already has changes nothing and says so.
 */
export async function updateTopicStatus(input: { serviceId: number; projectId: string; topicId: string; action: TTopicAction; note: string; actor: TActor; requestId: string }): Promise<TTopicActionResult> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  const status = TOPIC_ACTION_STATUS[input.action];
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: `topics.${input.action}`, targetType: "topic", targetIds: [input.topicId], reason: input.note, requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const before = await readTopic(client, { projectId: input.projectId, topicId: input.topicId, timezone });
      if (before.topicStatus !== status) {
        await withMonitorErrors("event", () =>
          client.call(UPDATE_TOPIC_ACTION, { TopicId: input.topicId, TopicStatus: status, Note: input.note, Operator: input.actor.username }, ZTopicUpdateAnswer),
        );
      }
      const after = await readTopic(client, { projectId: input.projectId, topicId: input.topicId, timezone });
      return { value: after, details: { before: { status: before.topicStatus }, after: { status: after.topicStatus }, isNoop: before.topicStatus === status } };
    },
  );
  return { topic: value, auditId };
}
