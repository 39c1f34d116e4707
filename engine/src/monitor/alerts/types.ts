/** Alert sources as ListAlertMessages reports them (spec E6), plus TEST_ALERT: a test send (Nightshift extension). */
export const ALERT_SOURCES = ["SLA_ALERT", "REMIND_ALERT", "TOPIC_ALERT", "NODE_CYCLE_ALERT", "NODE_LONELY_ALERT", "TEST_ALERT"] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** Send statuses (spec E7). */
export const ALERT_STATUSES = ["READY_TO_SEND", "SEND_SUCCESS", "SEND_FAIL", "SEND_OVERLIMIT"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Alert methods: DataWorks' (E8) plus WEBHOOK, a Nightshift extension for signed webhook channels. */
export const ALERT_METHODS = ["MAIL", "SMS", "PHONE", "DINGROBOTS", "WEBHOOK"] as const;
export type AlertMethod = (typeof ALERT_METHODS)[number];

/** Webhook payload formats. */
export const WEBHOOK_FORMATS = ["json", "dingtalk", "lark", "wecom", "slack"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** Who an alert goes to. */
export type AlertReceivers = {
  /** User IDs (UIDs). MAIL goes to each user's contact address; WEBHOOK to each user's personal webhook. */
  users: string[];
  /** Channels to use for the users: MAIL, SMS, PHONE, DINGROBOTS, WEBHOOK. */
  methods: AlertMethod[];
  /** Named webhook channels (from alerts.yaml or the environment) that get this alert. */
  channels?: string[];
  /** DingTalk robot URLs (the remind's RobotUrls), used when methods include DINGROBOTS. */
  robotUrls?: string[];
};

/** The sub-structures ListAlertMessages returns per source (snapshots taken when the alert is raised). */
export type AlertDetails = {
  instances?: { instanceId: string; nodeId: string; nodeName: string; projectId: string; status: string }[];
  nodes?: { nodeId: string; nodeName: string; owner: string; projectId: string }[];
  topics?: { topicId: string; topicName: string; topicOwner: string; topicStatus: string; instanceId: string; nodeId: string }[];
  slaAlert?: { baselineId: string; baselineName: string; baselineOwner: string; bizdate: number; inGroupId: number; projectId: string; status: string };
};

export type RaiseAlertInput = {
  source: AlertSource;
  projectId: bigint;
  /** The condition: the same key inside `intervalSeconds` does not page twice. */
  dedupeKey: string;
  title: string;
  /** Plain text. */
  content: string;
  receivers: AlertReceivers;
  /** Epoch ms, from the Clock. */
  at: number;
  /** Seconds within which the same dedupeKey does not page again; default 1800 (DataWorks' default AlertInterval). */
  intervalSeconds?: number;
  /** Per-rule daily limit: at most `max` alerts with this key since `dayStart`; more are stored as SEND_OVERLIMIT. */
  limit?: { key: string; max: number; dayStart: number };
  /** Deliveries are not attempted before this time (epoch ms), e.g. the end of a do-not-disturb window. */
  notBefore?: number;
  links?: { baselineId?: bigint; topicId?: bigint; remindId?: number; remindName?: string; instanceId?: bigint; nodeId?: bigint };
  details?: AlertDetails;
};

export type RaiseAlertResult = { alertId: number; deduplicated: boolean; status: AlertStatus };

/** How long a failed delivery keeps being retried. */
export const DELIVERY_RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * An alert's status from its deliveries: READY_TO_SEND while any is still queued; then SEND_SUCCESS
 * when at least one reached its target (ListAlertMessages' Deliveries show the others), SEND_FAIL
 * when none did or there was no way to deliver it at all.
 */
export function rollupOf(statuses: readonly string[]): AlertStatus {
  if (statuses.includes("READY_TO_SEND")) return "READY_TO_SEND";
  return statuses.includes("SEND_SUCCESS") ? "SEND_SUCCESS" : "SEND_FAIL";
}
