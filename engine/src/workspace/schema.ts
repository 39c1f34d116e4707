import { z } from "zod";
import { PRIORITIES, RERUN_MODES, SCHEDULER_TYPES } from "../model/status";
import { CronSyntaxError, parseCron } from "../schedule/cron";
import { BASELINE_KEYS } from "./baselines-schema";
import { PROGRAM_TYPES } from "./program-types";

/** Bounds that keep one deploy small enough to validate and write in a single transaction. */
export const WORKSPACE_LIMITS = {
  maxFileBytes: 5 * 1024 * 1024,
  maxNodes: 10_000,
  maxCommandBytes: 64 * 1024,
  maxNodeNameLength: 128,
  maxParents: 1_000,
  maxOutputs: 100,
  maxParameters: 100,
  maxParameterValueLength: 1_024,
  maxDescriptionLength: 4_096,
} as const;

/** A message for a wrong value that still says "required" when the key is missing altogether. */
function unlessMissing(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : message) };
}

export const PROJECT_IDENTIFIER_PATTERN = /^[a-z][a-z0-9_]{2,63}$/;
export const NODE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

const ZProjectIdentifier = z
  .string()
  .regex(PROJECT_IDENTIFIER_PATTERN, "must be 3–64 characters: a lowercase letter, then lowercase letters, digits or _");

const ZDisplayName = z.string().trim().min(1, "must not be empty").max(128, "at most 128 characters");
const ZDescription = z.string().max(WORKSPACE_LIMITS.maxDescriptionLength, `at most ${WORKSPACE_LIMITS.maxDescriptionLength} characters`);

const ZOwner = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/, "must be 1–64 characters: letters, digits, _ . @ -");

const ZNodeName = z
  .string()
  .max(WORKSPACE_LIMITS.maxNodeNameLength, `at most ${WORKSPACE_LIMITS.maxNodeNameLength} characters`)
  .regex(NODE_NAME_PATTERN, "must start with a letter and hold only letters, digits and _");

const ZResourceGroupIdentifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "must be 1–64 characters: a letter, then letters, digits, _ or -");

const ZPriority = z.literal(PRIORITIES, { error: `must be one of ${PRIORITIES.join(", ")}` });
const ZRerunMode = z.enum(RERUN_MODES, { error: `must be one of ${RERUN_MODES.join(", ")}` });
const ZAutoRerunTimes = z.int("must be a whole number").min(0, "must be 0–10").max(10, "must be 0–10");
/** Seconds; DataWorks caps the automatic rerun interval at 30 minutes. */
const ZAutoRerunIntervalSeconds = z.int("must be a whole number of seconds").min(1, "must be 1–1800 seconds").max(1800, "must be 1–1800 seconds");
const ZTimeoutSeconds = z.int("must be a whole number of seconds").min(1, "must be 1–86400 seconds").max(86_400, "must be 1–86400 seconds");
const ZShortText = z.string().max(128, "at most 128 characters");

/** A DataWorks 6-field cron; the parser's message names the field that is wrong. */
const ZCron = z.string().superRefine((expression, context) => {
  try {
    parseCron(expression);
  } catch (error) {
    if (!(error instanceof CronSyntaxError)) throw error;
    context.addIssue({ code: "custom", message: `invalid cron "${expression}": ${error.message}` });
  }
});

const ZCommand = z.string().superRefine((command, context) => {
  const bytes = Buffer.byteLength(command, "utf8");
  if (bytes > WORKSPACE_LIMITS.maxCommandBytes) {
    context.addIssue({ code: "custom", message: `too large: ${bytes} bytes, at most ${WORKSPACE_LIMITS.maxCommandBytes} (64 KiB)` });
  }
});

export const ZNodeDefaultsSource = z.strictObject({
  owner: ZOwner.optional(),
  priority: ZPriority.optional(),
  resourceGroup: ZResourceGroupIdentifier.optional(),
  rerunMode: ZRerunMode.optional(),
  autoRerunTimes: ZAutoRerunTimes.optional(),
  autoRerunInterval: ZAutoRerunIntervalSeconds.optional(),
  timeout: ZTimeoutSeconds.optional(),
});

export const ZResourceGroupSource = z.strictObject({
  identifier: ZResourceGroupIdentifier,
  name: ZDisplayName.optional(),
  slots: z.int(unlessMissing("must be a whole number")).min(1, "must be 1–256").max(256, "must be 1–256"),
  default: z.boolean().default(false),
});

/** `workspace.yaml`. */
export const ZWorkspaceFileSource = z.strictObject(
  {
    identifier: ZProjectIdentifier,
    name: ZDisplayName,
    description: ZDescription.default(""),
    timezone: z.string().min(1, "must not be empty"),
    owner: ZOwner,
    defaults: ZNodeDefaultsSource.default({}),
    resourceGroups: z.array(ZResourceGroupSource).min(1, "at least one resource group is needed"),
  },
  { error: "workspace.yaml is a mapping of workspace settings (identifier, name, timezone, owner, resourceGroups…)" },
);
export type WorkspaceFileSource = z.infer<typeof ZWorkspaceFileSource>;

/** Scheduling parameter names as `${name}` can reference them. */
const ZParameterName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "parameter names are letters, digits and _ (at most 64)");
/** DataWorks joins parameters as `k=v k2=v2`, so a value cannot hold whitespace. */
const ZParameterValue = z
  .string("must be a string (quote numbers)")
  .max(WORKSPACE_LIMITS.maxParameterValueLength, `at most ${WORKSPACE_LIMITS.maxParameterValueLength} characters`)
  .regex(/^\S*$/, "must not contain whitespace");

const ZOutputName = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,255}$/, "must be 1–256 characters: letters, digits, _ . -");

export const ZOutputSource = z.strictObject({
  name: ZOutputName,
  table: z.string().max(256, "at most 256 characters").optional(),
});

/** One entry of a `nodes/**.yaml` file's `nodes:` list, before defaults are applied. */
export const ZNodeSource = z.strictObject({
  name: ZNodeName,
  type: z.enum(PROGRAM_TYPES, unlessMissing("unknown program type (e.g. SHELL, VIRTUAL, ODPS_SQL)")),
  command: ZCommand.optional(),
  cron: ZCron.optional(),
  owner: ZOwner.optional(),
  priority: ZPriority.optional(),
  resourceGroup: ZResourceGroupIdentifier.optional(),
  schedulerType: z.enum(SCHEDULER_TYPES, { error: `must be one of ${SCHEDULER_TYPES.join(", ")}` }).default("NORMAL"),
  rerunMode: ZRerunMode.optional(),
  autoRerunTimes: ZAutoRerunTimes.optional(),
  autoRerunInterval: ZAutoRerunIntervalSeconds.optional(),
  timeout: ZTimeoutSeconds.optional(),
  parameters: z
    .record(ZParameterName, ZParameterValue)
    .refine((map) => Object.keys(map).length <= WORKSPACE_LIMITS.maxParameters, `at most ${WORKSPACE_LIMITS.maxParameters} parameters`)
    .default({}),
  parents: z.array(ZNodeName).max(WORKSPACE_LIMITS.maxParents, `at most ${WORKSPACE_LIMITS.maxParents} parents`).default([]),
  outputs: z.array(ZOutputSource).max(WORKSPACE_LIMITS.maxOutputs, `at most ${WORKSPACE_LIMITS.maxOutputs} outputs`).optional(),
  description: ZDescription.default(""),
  business: ZShortText.optional(),
  connection: ZShortText.default(""),
  baseline: ZShortText.min(1, "must not be empty").optional(),
});
export type NodeSource = z.infer<typeof ZNodeSource>;

/** The fields of a node entry that did pass, when others did not: enough to check them further. */
export const ZPartialNodeSource = ZNodeSource.partial();
export type PartialNodeSource = z.infer<typeof ZPartialNodeSource>;

/**
 * A `nodes/**.yaml` file. Nodes are read one by one (each entry validated on its own) so that one
 * broken node does not hide the problems of the others.
 */
export const ZNodesFileSource = z.strictObject(
  {
    business: ZShortText.optional(),
    nodes: z.array(z.unknown(), unlessMissing("must be a list of nodes")),
  },
  { error: "a node file is a mapping with a `nodes:` list (and optionally `business:`)" },
);

/** Every key the strict objects above accept: candidates for "did you mean …" on a typo. */
export const KNOWN_KEYS: readonly string[] = [
  ...new Set([
    ...Object.keys(ZWorkspaceFileSource.shape),
    ...Object.keys(ZNodeDefaultsSource.shape),
    ...Object.keys(ZResourceGroupSource.shape),
    ...Object.keys(ZNodeSource.shape),
    ...Object.keys(ZOutputSource.shape),
    ...Object.keys(ZNodesFileSource.shape),
    ...BASELINE_KEYS,
  ]),
];
