import { readSecretVariable, type EngineConfig } from "../../config";
import type { Clock } from "../../runtime/clock";
import type { Database } from "../../store/database";
import { createRemindMonitor } from "../reminds/remind-monitor";
import { createDeliveryWorker } from "./delivery-worker";
import type { WebhookFormat } from "./types";

/** The name of the channel made from NIGHTSHIFT_ALERT_WEBHOOK_URL. */
export const ENV_WEBHOOK_CHANNEL = "default-webhook";
export const ENV_WEBHOOK_SECRET_VARIABLE = "NIGHTSHIFT_ALERT_WEBHOOK_SECRET";

export type AlertingSettings = {
  webhookUrl?: string;
  webhookFormat: WebhookFormat;
  webhookSecretSet: boolean;
  smtpUrl?: string;
  mailFrom: string;
};

/** The alert settings of the engine's configuration. */
export function alertingSettingsOf(config: EngineConfig): AlertingSettings {
  return {
    webhookUrl: config.NIGHTSHIFT_ALERT_WEBHOOK_URL,
    webhookFormat: config.NIGHTSHIFT_ALERT_WEBHOOK_FORMAT,
    webhookSecretSet: readSecretVariable(ENV_WEBHOOK_SECRET_VARIABLE) !== undefined,
    smtpUrl: config.NIGHTSHIFT_SMTP_URL,
    mailFrom: config.NIGHTSHIFT_ALERT_MAIL_FROM,
  };
}

/**
 * Keeps the environment's webhook as a channel that gets every alert of every workspace (projectId 0,
 * origin ENV), or removes it when the variable is unset. Its secret stays in the environment.
 */
export async function syncEnvironmentChannel(db: Database, settings: AlertingSettings): Promise<void> {
  if (!settings.webhookUrl) {
    await db.prisma.alertChannel.deleteMany({ where: { projectId: 0n, origin: "ENV" } });
    return;
  }
  const data = {
    kind: "WEBHOOK",
    url: settings.webhookUrl,
    format: settings.webhookFormat,
    secretEnv: settings.webhookSecretSet ? ENV_WEBHOOK_SECRET_VARIABLE : "",
    everyAlert: true,
    origin: "ENV",
  };
  await db.prisma.alertChannel.upsert({ where: { projectId_name: { projectId: 0n, name: ENV_WEBHOOK_CHANNEL } }, create: { projectId: 0n, name: ENV_WEBHOOK_CHANNEL, ...data }, update: data });
}

/** Starts remind evaluation and the delivery worker in the engine process; returns their stop. */
export async function startAlerting(options: {
  db: Database;
  clock: Clock;
  engineId: string;
  settings: AlertingSettings;
  secret: (name: string) => string | undefined;
  log: (line: string) => void;
}): Promise<{ stop(): Promise<void> }> {
  await syncEnvironmentChannel(options.db, options.settings);
  const worker = createDeliveryWorker({
    db: options.db,
    clock: options.clock,
    owner: options.engineId,
    mail: { smtpUrl: options.settings.smtpUrl, from: options.settings.mailFrom },
    secret: options.secret,
    log: options.log,
  });
  const reminds = createRemindMonitor({ db: options.db, clock: options.clock, log: options.log });
  worker.start();
  reminds.start();
  return {
    async stop() {
      await reminds.stop();
      await worker.stop();
    },
  };
}
