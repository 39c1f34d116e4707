import type { Tx } from "../../store/transaction";
import type { AlertReceivers } from "./types";

/** One delivery to queue; `status` is SEND_FAIL at once when there is no way to deliver it. */
export type PlannedDelivery = {
  method: string;
  receiver: string;
  target: string;
  format: string;
  secretEnv: string;
  status: "READY_TO_SEND" | "SEND_FAIL";
  error?: string;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Turns receivers into deliveries: MAIL to each user's contact address (or the user ID itself when it
 * is an address), WEBHOOK to each user's personal webhook, DINGROBOTS to the rule's robot URLs, the
 * named channels, and every channel marked `everyAlert` for the workspace or for all workspaces
 * (the environment's webhook). SMS and PHONE have no gateway in the embedded engine: they are
 * recorded as failed with that reason. The same target and format is delivered once.
 */
export async function resolveDeliveries(tx: Tx, projectId: bigint, receivers: AlertReceivers): Promise<PlannedDelivery[]> {
  const planned: PlannedDelivery[] = [];
  const channels = await tx.alertChannel.findMany({ where: { projectId: { in: [projectId, 0n] } }, orderBy: [{ projectId: "desc" }, { id: "asc" }] });
  const channelByName = new Map<string, (typeof channels)[number]>();
  for (const channel of channels) if (!channelByName.has(channel.name)) channelByName.set(channel.name, channel);
  const contacts = receivers.users.length
    ? await tx.alertContact.findMany({ where: { projectId: { in: [projectId, 0n] }, userId: { in: receivers.users } }, orderBy: { projectId: "desc" } })
    : [];
  const contactOf = new Map<string, (typeof contacts)[number]>();
  for (const contact of contacts) if (!contactOf.has(contact.userId)) contactOf.set(contact.userId, contact);

  const channelDelivery = (name: string, receiver: string): PlannedDelivery => {
    const channel = channelByName.get(name);
    if (!channel) return failed("WEBHOOK", receiver, name, `no channel named "${name}" is configured (alerts.yaml channels or NIGHTSHIFT_ALERT_WEBHOOK_URL)`);
    if (channel.kind === "MAIL") return { method: "MAIL", receiver, target: channel.url, format: "mail", secretEnv: "", status: "READY_TO_SEND" };
    return { method: "WEBHOOK", receiver: name, target: channel.url, format: channel.format, secretEnv: channel.secretEnv, status: "READY_TO_SEND" };
  };

  for (const method of new Set(receivers.methods)) {
    if (method === "DINGROBOTS") {
      for (const url of receivers.robotUrls ?? []) planned.push({ method, receiver: "robot", target: url, format: "dingtalk", secretEnv: "", status: "READY_TO_SEND" });
      continue;
    }
    for (const user of receivers.users) {
      const contact = contactOf.get(user);
      if (method === "MAIL") {
        const address = contact?.email || (EMAIL.test(user) ? user : "");
        planned.push(address ? { method, receiver: user, target: address, format: "mail", secretEnv: "", status: "READY_TO_SEND" } : failed(method, user, "", `no e-mail address for user ${user} (add it under contacts in alerts.yaml)`));
      } else if (method === "WEBHOOK") {
        planned.push(contact?.webhook ? channelDelivery(contact.webhook, user) : failed(method, user, "", `no personal webhook for user ${user} (contacts[].webhook in alerts.yaml)`));
      } else {
        planned.push(failed(method, user, "", `${method} has no gateway in the embedded engine; use MAIL or a webhook channel`));
      }
    }
  }
  for (const name of receivers.channels ?? []) planned.push(channelDelivery(name, name));
  for (const channel of channels) if (channel.everyAlert) planned.push(channelDelivery(channel.name, channel.name));

  const seen = new Set<string>();
  return planned.filter((delivery) => {
    const key = delivery.status === "SEND_FAIL" ? `${delivery.method}|${delivery.receiver}|fail` : `${delivery.method}|${delivery.target}|${delivery.format}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function failed(method: string, receiver: string, target: string, error: string): PlannedDelivery {
  return { method, receiver, target, format: method === "MAIL" ? "mail" : "json", secretEnv: "", status: "SEND_FAIL", error };
}
