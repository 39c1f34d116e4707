import { z } from "zod";
import { zId } from "./common";
import { ZInstanceStatus, ZInstanceSummary } from "./instances";
import { ZWorkspaceParams } from "./projects";

/**
 * The instance page's API: one instance with its node and why it waits, its log (with live tail),
 * the graph around it, and its operations history. Upstream shapes stop at lib/server/instance-detail.
 */

export const ZInstanceParams = ZWorkspaceParams.extend({ instanceId: zId });
export type TInstanceParams = z.infer<typeof ZInstanceParams>;

const zInstant = z.iso.datetime({ offset: true });

/** An upstream instance that holds this one back. */
export const ZBlockingInstance = z.object({
  instanceId: zId,
  nodeId: zId,
  nodeName: z.string(),
  status: ZInstanceStatus,
  isSuspended: z.boolean(),
});
export type TBlockingInstance = z.infer<typeof ZBlockingInstance>;

/**
 * Why an unfinished instance is not running, most decisive first. Structured (not prose), so the
 * page writes it in the user's language; `null` when the instance runs or has finished.
 */
export const ZWaitingReason = z.discriminatedUnion("kind", [
  /** Held by an operator: it keeps its status and will not start until resumed. */
  z.object({ kind: z.literal("suspended"), by: z.string().nullable(), at: zInstant.nullable(), reason: z.string().nullable() }),
  /** Its node is frozen (PAUSE): scheduling will fail it without running. */
  z.object({ kind: z.literal("frozen") }),
  /** Parents of the same cycle that have not succeeded. */
  z.object({
    kind: z.literal("upstream"),
    blockers: z.array(ZBlockingInstance),
    /** Blockers beyond the ones listed. */
    moreCount: z.number().int(),
    parentCount: z.number().int(),
  }),
  /** Every parent succeeded (or it has none) but the status has not moved on yet: the next scheduling pass takes it. */
  z.object({ kind: z.literal("ready") }),
  /** The parents could not be read (the data service cannot list instance dependencies). */
  z.object({ kind: z.literal("upstream-unknown") }),
  z.object({ kind: z.literal("cycle-time"), cycTime: zInstant }),
  z.object({ kind: z.literal("resource"), resourceGroup: z.string().nullable(), since: zInstant.nullable() }),
]);
export type TWaitingReason = z.infer<typeof ZWaitingReason>;

/** The node behind an instance, as the instance page shows it (null fields: the upstream did not say). */
export const ZInstanceNodeFacts = z.object({
  nodeId: zId,
  name: z.string(),
  owner: z.string(),
  programType: z.string(),
  resourceGroup: z.string().nullable(),
  cronExpress: z.string(),
  schedulerType: z.string(),
  isRerunnable: z.boolean(),
  /** Seconds between automatic reruns. */
  rerunIntervalSeconds: z.number().int().nullable(),
  priority: z.number().int().nullable(),
});
export type TInstanceNodeFacts = z.infer<typeof ZInstanceNodeFacts>;

export const ZInstanceDetail = z.object({
  instance: ZInstanceSummary,
  /** Null when the node is gone (removed by a deploy) or could not be read. */
  node: ZInstanceNodeFacts.nullable(),
  waitingReason: ZWaitingReason.nullable(),
  /** The workspace's IANA zone: every time on the page is shown in it. */
  timezone: z.string(),
});
export type TInstanceDetail = z.infer<typeof ZInstanceDetail>;

// ——— Log ———

/** A log longer than this is answered from its end (the page says so and offers the download). */
export const MAX_LOG_RESPONSE_CHARS = 8 * 1024 * 1024;

/** `from`: the characters the page already has; the answer then carries only what follows. */
export const ZInstanceLogQuery = z.object({
  from: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});
export type TInstanceLogQuery = z.infer<typeof ZInstanceLogQuery>;

export const ZInstanceLogChunk = z.object({
  /** The log from `from` on (the whole log when `isReset`). */
  text: z.string(),
  from: z.number().int(),
  /** Characters in the whole log as the upstream answered it. */
  length: z.number().int(),
  /** The upstream's log no longer continues what the page has (cut at its start, or replaced): start over with `text`. */
  isReset: z.boolean(),
  /** The upstream kept only the newest part of a long log. */
  isCutByUpstream: z.boolean(),
  /** The instance's status now: the page keeps tailing while it is unfinished. */
  status: ZInstanceStatus,
});
export type TInstanceLogChunk = z.infer<typeof ZInstanceLogChunk>;

// ——— Graph ———

export const GRAPH_DIRECTIONS = ["UPSTREAM", "DOWNSTREAM", "BOTH"] as const;
export const ZGraphDirection = z.enum(GRAPH_DIRECTIONS);
export type TGraphDirection = z.infer<typeof ZGraphDirection>;

export const MAX_GRAPH_DEPTH = 5;

export const ZInstanceGraphQuery = z.object({
  depth: z.coerce.number().int().min(1).max(MAX_GRAPH_DEPTH).default(2),
  direction: ZGraphDirection.default("BOTH"),
});
export type TInstanceGraphQuery = z.infer<typeof ZInstanceGraphQuery>;

/** One instance in a graph: what a graph node shows and links to. */
export const ZGraphInstance = z.object({
  instanceId: zId,
  nodeId: zId,
  nodeName: z.string(),
  status: ZInstanceStatus,
  isSuspended: z.boolean(),
  taskType: z.string(),
  bizdate: z.iso.date(),
  cycTime: zInstant,
  beginRunningTime: zInstant.nullable(),
  finishTime: zInstant.nullable(),
  dagId: zId,
});
export type TGraphInstance = z.infer<typeof ZGraphInstance>;

export const ZGraphEdge = z.object({ parentId: zId, childId: zId });
export type TGraphEdge = z.infer<typeof ZGraphEdge>;

/** How the graph was built: the engine's instance edges, or node dependencies matched to instances (real DataWorks). */
export const ZGraphSource = z.enum(["instance-edges", "node-dependencies"]);

export const ZInstanceGraph = z.object({
  centerId: zId,
  instances: z.array(ZGraphInstance),
  edges: z.array(ZGraphEdge),
  /** Instances within the depth were left out to keep the graph readable. */
  isTruncated: z.boolean(),
  source: ZGraphSource,
  timezone: z.string(),
});
export type TInstanceGraph = z.infer<typeof ZInstanceGraph>;

// ——— Operations history ———

/** One entry of an instance's history: from the engine's operations audit or the console's own audit. */
export const ZOperationEntry = z.object({
  id: z.string(),
  source: z.enum(["engine", "console"]),
  at: zInstant,
  actor: z.string(),
  /** An engine Action (`StopInstance`) or a console action (`instances.stop`). */
  action: z.string(),
  /** Engine: APPLIED / NOOP / REFUSED; console: ok / partial / failed / refused. */
  result: z.string(),
  reason: z.string(),
  /** Engine: the state before and after, as compact JSON text; console: the per-item outcome. */
  before: z.string().nullable(),
  after: z.string().nullable(),
  errorCode: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type TOperationEntry = z.infer<typeof ZOperationEntry>;

export const ZOperationHistory = z.object({
  items: z.array(ZOperationEntry),
  /** False when the data service keeps no operations history (real DataWorks): only the console's records show. */
  isEngineHistoryAvailable: z.boolean(),
  timezone: z.string(),
});
export type TOperationHistory = z.infer<typeof ZOperationHistory>;
