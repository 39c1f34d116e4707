import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { REMIND_TYPES, REMIND_UNITS } from "../monitor/reminds/model";
import type { WorkspaceIssue } from "./errors";
import { parseYamlSource, toWorkspaceIssues, workspaceErrorMessages, type YamlSource } from "./source";

/** The optional alerts file of a workspace folder: channels, contacts and remind rules. */
export const ALERTS_FILE = "alerts.yaml";

const ZName = z.string().regex(/^[\w.-]{1,64}$/, "must be 1–64 characters: letters, digits, _ . -");
const ZUser = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/, "must be 1–64 characters: letters, digits, _ . @ -");
const ZHttpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });
const ZEmail = z.email("must be an e-mail address");
const ZEnvName = z.string().regex(/^[A-Z_][A-Z0-9_]{0,127}$/, "must be an environment variable name (A–Z, 0–9, _)");
const ZClock47 = z.string().regex(/^([0-3]?\d|4[0-7]):[0-5]\d$/, 'must be "hh:mm" with hh 0–47 (above 23: the next day)');
const ZClock23 = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be "hh:mm" with hh 0–23');

const ZChannel = z
  .strictObject({
    name: ZName,
    url: ZHttpUrl.optional(),
    email: ZEmail.optional(),
    format: z.enum(["json", "dingtalk", "lark", "wecom", "slack"], { error: "must be one of json, dingtalk, lark, wecom, slack" }).default("json"),
    secretEnv: ZEnvName.optional(),
    everyAlert: z.boolean("must be true or false").default(false),
  })
  .refine((channel) => (channel.url === undefined) !== (channel.email === undefined), { message: "give either url (a webhook) or email (a mailbox)", path: ["url"] });

const ZContact = z.strictObject({
  user: ZUser,
  name: z.string().max(128, "at most 128 characters").default(""),
  email: ZEmail.optional(),
  webhook: ZName.optional(),
});

const ZRemind = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(128, "at most 128 characters"),
  type: z.enum(REMIND_TYPES, { error: `must be one of ${REMIND_TYPES.join(", ")}` }),
  unit: z.enum(REMIND_UNITS, { error: `must be one of ${REMIND_UNITS.join(", ")}` }),
  nodes: z.array(z.string(), "must be a list of node names").max(50, "at most 50 nodes").optional(),
  baselines: z.array(z.string(), "must be a list of baseline names").max(5, "at most 5 baselines").optional(),
  business: z.array(z.string(), "must be a list of business flow names").max(5, "at most 5 business flows").optional(),
  /** UNFINISHED: the local time of the run day by which it must have finished. */
  deadline: ZClock47.optional(),
  /** CYCLE_UNFINISHED: per cycle number, its deadline. */
  cycleDeadlines: z.record(z.string().regex(/^([1-9]\d?|[12]\d\d)$/, "cycle numbers are 1–288"), ZClock47).optional(),
  /** TIMEOUT: seconds a run may take. */
  maxRunSeconds: z.int("must be a whole number of seconds").min(60, "must be 60–604800").max(604_800, "must be 60–604800").optional(),
  receivers: z.union([z.literal("owner"), z.array(ZUser).min(1, "list at least one user").max(10, "at most 10 users")], { error: 'must be "owner" or a list of user IDs' }).default("owner"),
  methods: z.array(z.enum(["MAIL", "SMS", "PHONE", "DINGROBOTS", "WEBHOOK"], { error: "must be MAIL, SMS, PHONE, DINGROBOTS or WEBHOOK" })).min(1, "list at least one").default(["MAIL"]),
  webhooks: z.array(ZName).default([]),
  robotUrls: z.array(ZHttpUrl).default([]),
  dndStart: ZClock23.optional(),
  dndEnd: ZClock23.optional(),
  intervalSeconds: z.int("must be a whole number of seconds").min(1200, "must be 1200–86400").max(86_400, "must be 1200–86400").default(1800),
  maxPerDay: z.int("must be a whole number").min(1, "must be 1–10").max(10, "must be 1–10").default(3),
  enabled: z.boolean("must be true or false").default(true),
});

export const ZAlertsFileSource = z.strictObject({
  channels: z.array(ZChannel).default([]),
  contacts: z.array(ZContact).default([]),
  reminds: z.array(ZRemind).default([]),
});

export type AlertsFileSource = z.infer<typeof ZAlertsFileSource>;
export type RemindSource = z.infer<typeof ZRemind>;
export type AlertsDefinition = AlertsFileSource & { file: string; remindLines: number[] };

/** Reads alerts.yaml when the folder has one; issues name the line and field. Null when absent or invalid. */
export async function readAlertsFile(directory: string, nodeNames: ReadonlySet<string>, businessNames: ReadonlySet<string>, issues: WorkspaceIssue[]): Promise<AlertsDefinition | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(directory, ALERTS_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    issues.push({ file: ALERTS_FILE, line: 1, field: "", message: `cannot read: ${String(error)}` });
    return null;
  }
  const source = parseYamlSource(ALERTS_FILE, text);
  if (source.issues.length > 0) {
    issues.push(...source.issues);
    return null;
  }
  const parsed = ZAlertsFileSource.safeParse(source.value ?? {}, workspaceErrorMessages);
  if (!parsed.success) {
    issues.push(...toWorkspaceIssues(source, parsed.error.issues));
    return null;
  }
  const before = issues.length;
  checkAlerts(parsed.data, source, nodeNames, businessNames, issues);
  if (issues.length > before) return null;
  return { ...parsed.data, file: ALERTS_FILE, remindLines: parsed.data.reminds.map((_, index) => source.lineOf(["reminds", index])) };
}

function checkAlerts(alerts: AlertsFileSource, source: YamlSource, nodeNames: ReadonlySet<string>, businessNames: ReadonlySet<string>, issues: WorkspaceIssue[]): void {
  const at = (pathParts: (string | number)[], message: string) =>
    issues.push({ file: source.file, line: source.lineOf(pathParts), field: pathParts.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join(""), message });
  const channelNames = new Set<string>();
  alerts.channels.forEach((channel, index) => {
    if (channel.name === "default-webhook") at(["channels", index, "name"], '"default-webhook" is the name of the NIGHTSHIFT_ALERT_WEBHOOK_URL channel; choose another');
    if (channelNames.has(channel.name)) at(["channels", index, "name"], `duplicate channel "${channel.name}"`);
    channelNames.add(channel.name);
  });
  const known = (name: string) => channelNames.has(name) || name === "default-webhook";
  alerts.contacts.forEach((contact, index) => {
    if (contact.webhook && !known(contact.webhook)) at(["contacts", index, "webhook"], `unknown channel "${contact.webhook}"`);
  });
  const remindNames = new Set<string>();
  alerts.reminds.forEach((remind, index) => {
    const here = (field: string, message: string) => at(["reminds", index, field], message);
    if (remindNames.has(remind.name)) here("name", `duplicate remind "${remind.name}"`);
    remindNames.add(remind.name);
    const objects = { NODE: "nodes", BASELINE: "baselines", BIZPROCESS: "business", PROJECT: null } as const;
    const key = objects[remind.unit];
    if (key && !remind[key]?.length) here(key, `required for unit ${remind.unit}`);
    for (const other of ["nodes", "baselines", "business"] as const) if (other !== key && remind[other] !== undefined) here(other, `only for unit ${Object.entries(objects).find(([, value]) => value === other)?.[0]}`);
    remind.nodes?.forEach((name, position) => {
      if (!nodeNames.has(name)) at(["reminds", index, "nodes", position], `unknown node "${name}"`);
    });
    remind.business?.forEach((name, position) => {
      if (!businessNames.has(name)) at(["reminds", index, "business", position], `no node has business "${name}"`);
    });
    const detailKey = { UNFINISHED: "deadline", CYCLE_UNFINISHED: "cycleDeadlines", TIMEOUT: "maxRunSeconds", FINISHED: null, ERROR: null } as const;
    const wanted = detailKey[remind.type];
    if (wanted && remind[wanted] === undefined) here(wanted, `required for type ${remind.type}`);
    for (const other of ["deadline", "cycleDeadlines", "maxRunSeconds"] as const) if (other !== wanted && remind[other] !== undefined) here(other, `not used by type ${remind.type}`);
    if (remind.methods.includes("DINGROBOTS") && remind.robotUrls.length === 0) here("robotUrls", "required when methods include DINGROBOTS");
    remind.webhooks.forEach((name, position) => {
      if (!known(name)) at(["reminds", index, "webhooks", position], `unknown channel "${name}"`);
    });
    if (remind.dndStart !== undefined && remind.dndEnd === undefined) here("dndEnd", "required with dndStart");
  });
}

/** The API's Detail text for a remind written in YAML. */
export function remindDetailOf(remind: RemindSource): string {
  switch (remind.type) {
    case "UNFINISHED": {
      const [hour, minute] = (remind.deadline ?? "0:00").split(":").map(Number);
      return JSON.stringify({ hour, minu: minute });
    }
    case "CYCLE_UNFINISHED":
      return JSON.stringify(remind.cycleDeadlines ?? {});
    case "TIMEOUT":
      return String(remind.maxRunSeconds ?? "");
    default:
      return "";
  }
}

/** Adds the alerts definition to a resolved workspace when the folder has an alerts.yaml. */
export function withAlerts<Definition extends object>(definition: Definition, alerts: AlertsDefinition | null): Definition & { alerts?: AlertsDefinition } {
  return alerts ? { ...definition, alerts } : definition;
}

/** Node names, and the business flows they belong to, from the located nodes of a workspace. */
export function alertCheckNames(nodes: readonly { node: { name: string; business?: string }; fileBusiness?: string }[]): { nodeNames: Set<string>; businessNames: Set<string> } {
  return {
    nodeNames: new Set(nodes.map((located) => located.node.name)),
    businessNames: new Set(nodes.map((located) => located.node.business ?? located.fileBusiness ?? "").filter(Boolean)),
  };
}
