import "server-only";
import type { TTestSendBody, TTestSendResult } from "@/lib/contracts/alerts";
import type { TActor } from "@/lib/server/auth/actor";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { ZSendTestAlertAnswer } from "./upstream-schemas";

/** The engine's extension Action behind the test-send button (docs/engine-api.md); real DataWorks has none. */
export const SEND_TEST_ALERT_ACTION = "SendTestAlert";

/**
 * Queues one test alert to a webhook channel, or to a user by mail or webhook, through the data
 * service's own delivery queue (so it proves the real path); audited. A data service without the
 * extension answers an error the console passes on.
 */
export async function sendTestAlert(input: { serviceId: number; projectId: string; body: Required<Pick<TTestSendBody, "method">> & TTestSendBody; actor: TActor; requestId: string }): Promise<TTestSendResult> {
  const client = await getDataWorksClient(input.serviceId);
  const target = input.body.channel ? `channel:${input.body.channel}` : `user:${input.body.user ?? ""}`;
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: "alerts.test-send", targetType: "alert-channel", targetIds: [target], reason: "", requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const answer = await withMonitorErrors(
        "test alert",
        () =>
          client.call(
            SEND_TEST_ALERT_ACTION,
            { ProjectId: input.projectId, Channel: input.body.channel, User: input.body.user, AlertMethod: input.body.channel ? undefined : input.body.method, Operator: input.actor.username },
            ZSendTestAlertAnswer,
          ),
        { fields: { Channel: "channel", User: "user", AlertMethod: "method" } },
      );
      const data = answer.Data;
      const result = {
        alertId: data.AlertId,
        status: data.AlertMessageStatus ?? "READY_TO_SEND",
        deliveries: (data.Deliveries ?? []).map((delivery) => ({
          method: delivery.Method ?? "",
          receiver: delivery.Receiver ?? "",
          target: delivery.Target ?? "",
          status: delivery.Status ?? "READY_TO_SEND",
          attempts: null,
          nextAttemptTime: null,
          sentTime: null,
          lastError: delivery.LastError ?? "",
        })),
      };
      return { value: result, details: { alertId: result.alertId, deliveries: result.deliveries.length } };
    },
  );
  return { ...value, auditId };
}
