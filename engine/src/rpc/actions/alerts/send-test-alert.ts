import crypto from "node:crypto";
import { z } from "zod";
import { raiseAlert } from "../../../monitor/alerts/raise-alert";
import type { AlertMethod } from "../../../monitor/alerts/types";
import { zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { invalid } from "../reminds/remind-params";
import { redactUrl } from "./alert-wire";

const METHODS = ["MAIL", "WEBHOOK"] as const;

/**
 * SendTestAlert (Nightshift extension, for the console's test-send button): queues a TEST_ALERT to
 * one webhook channel (`Channel`) or to one user (`User`, by MAIL or their personal WEBHOOK), through
 * the same queue and worker as real alerts. Answers the alert and its deliveries as queued; the send
 * outcome then shows in ListAlertMessages (Sources=TEST_ALERT) within seconds.
 */
export const sendTestAlertAction = defineAction({
  name: "SendTestAlert",
  level: 3,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong,
    Channel: z.string({ error: "expected a channel name" }).regex(/^[\w.-]{1,64}$/, "expected a channel name (letters, digits, _ . -)").optional(),
    User: zText({ max: 64 }).optional(),
    AlertMethod: z.enum(METHODS, { error: "expected MAIL or WEBHOOK" }).default("MAIL"),
    Operator: zText({ max: 64 }).optional(),
  }),
  handler: async (params, context) => {
    if ((params.Channel === undefined) === (params.User === undefined)) throw invalid("Channel", "give either Channel (a webhook channel name) or User (a user ID), not both");
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    if (params.Channel !== undefined) {
      const channel = await context.db.prisma.alertChannel.findFirst({ where: { projectId: { in: [project.id, 0n] }, name: params.Channel } });
      if (!channel) throw invalid("Channel", `no channel named "${params.Channel}" (alerts.yaml channels, or default-webhook from NIGHTSHIFT_ALERT_WEBHOOK_URL)`);
    }
    const operator = params.Operator ?? context.accessKeyId;
    const result = await raiseAlert(context.db, {
      source: "TEST_ALERT",
      projectId: project.id,
      dedupeKey: `test:${crypto.randomUUID()}`,
      title: `Test alert from Nightshift (${project.identifier})`,
      content: `This is a test alert sent by ${operator} to check that alerts reach ${params.Channel ? `channel ${params.Channel}` : `user ${params.User}`}. No action is needed.`,
      receivers: params.Channel !== undefined ? { users: [], methods: [], channels: [params.Channel] } : { users: [params.User!], methods: [params.AlertMethod as AlertMethod] },
      at: context.now,
      intervalSeconds: 0,
    });
    const deliveries = await context.db.prisma.alertDelivery.findMany({ where: { alertId: result.alertId }, orderBy: { id: "asc" } });
    return {
      AlertId: result.alertId,
      AlertMessageStatus: result.status,
      Deliveries: deliveries.map((delivery) => ({
        DeliveryId: delivery.id,
        Method: delivery.method,
        Receiver: delivery.receiver,
        Target: delivery.method === "MAIL" ? delivery.target : redactUrl(delivery.target),
        Status: delivery.status,
        LastError: delivery.lastError,
      })),
    };
  },
});
