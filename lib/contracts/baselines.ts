import { z } from "zod";
import { zId } from "./common";
import { ZInstanceStatus } from "./instances";
import { ZWorkspaceParams } from "./projects";

/**
 * Baselines (committed delivery times) and their instances per business date, as the console's API
 * shows them. Upstream (PascalCase DataWorks) shapes stop at lib/server/baselines/baseline-mapper.ts.
 */

/** DataWorks' own spelling of the warning state is `DANGROUS`; the console keeps it on the wire. */
export const BASELINE_STATUSES = ["OVER", "ERROR", "DANGROUS", "SAFE"] as const;
export const ZBaselineStatus = z.enum(BASELINE_STATUSES);
export type TBaselineStatus = z.infer<typeof ZBaselineStatus>;

export const ZFinishStatus = z.enum(["FINISH", "UNFINISH"]);
export type TFinishStatus = z.infer<typeof ZFinishStatus>;

/** The priorities DataWorks offers for baselines (higher is more important). */
export const BASELINE_PRIORITIES = [1, 3, 5, 7, 8] as const;

const zDate = z.iso.date();
const zInstant = z.iso.datetime({ offset: true });

/** `DANGEROUS` (the SDKs' spelling) is read as `DANGROUS`; lists come as `A,B` or repeated keys. */
const zStatusList = z.preprocess(
  (value) => {
    const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : value === undefined ? undefined : [value];
    return items?.map((item) => (typeof item === "string" ? item.trim().toUpperCase().replace(/^DANGEROUS$/, "DANGROUS") : item)).filter((item) => item !== "");
  },
  z.array(ZBaselineStatus, { error: `one or more of ${BASELINE_STATUSES.join(", ")}` }).max(BASELINE_STATUSES.length),
);

const zPriorityList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter((item) => item.trim() !== "").map(Number) : Array.isArray(value) ? value.map(Number) : value),
  z.array(z.number().int().min(1, "priorities are 1 to 8").max(8, "priorities are 1 to 8")).max(8),
);

const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const ZBaselineParams = ZWorkspaceParams.extend({ baselineId: zId });
export type TBaselineParams = z.infer<typeof ZBaselineParams>;

/** One baseline instance: a baseline on a business date and cycle (1 for a daily baseline, 1–24 hourly). */
export const ZBaselineInstanceParams = ZBaselineParams.extend({ bizdate: zDate });
export const ZBaselineInstanceQuery = z.object({ inGroupId: z.coerce.number().int().min(1, "cycles are 1 to 24").max(24, "cycles are 1 to 24").default(1) });
export type TBaselineInstanceQuery = z.infer<typeof ZBaselineInstanceQuery>;

/** GET /api/s/…/baselines and the board's URL: the business date and the filters. */
export const ZBaselineBoardQuery = z.object({
  bizdate: zDate.optional(),
  owner: zOptionalText(64),
  priority: zPriorityList.optional(),
  status: zStatusList.optional(),
  search: zOptionalText(128),
});
export type TBaselineBoardQuery = z.output<typeof ZBaselineBoardQuery>;
export type TBaselineBoardQueryInput = z.input<typeof ZBaselineBoardQuery>;

/** A baseline instance as the board lists it. Times are ISO instants; `bufferSeconds` may be negative (late). */
export const ZBaselineInstanceSummary = z.object({
  baselineId: zId,
  baselineName: z.string(),
  projectId: zId.nullable(),
  bizdate: zDate,
  inGroupId: z.number().int(),
  /** Comma-separated owner IDs as the data service knows them. */
  owner: z.string(),
  priority: z.number().int(),
  status: ZBaselineStatus,
  finishStatus: ZFinishStatus,
  /** The commitment. */
  slaTime: zInstant.nullable(),
  /** The alert time (commitment minus the margin). */
  expTime: zInstant.nullable(),
  /** The predicted finish. */
  endCast: zInstant.nullable(),
  finishTime: zInstant.nullable(),
  bufferSeconds: z.number().nullable(),
});
export type TBaselineInstanceSummary = z.infer<typeof ZBaselineInstanceSummary>;

export const ZBaselineBoard = z.object({
  bizdate: zDate,
  items: z.array(ZBaselineInstanceSummary),
  /** More baseline instances exist than the board read (it reads at most MAX_BOARD_ITEMS). */
  isTruncated: z.boolean(),
  timezone: z.string(),
});
export type TBaselineBoard = z.infer<typeof ZBaselineBoard>;

export const MAX_BOARD_ITEMS = 500;

/** The block or the last instance of a baseline instance. */
export const ZBaselineInstanceRef = z.object({
  instanceId: zId,
  nodeId: zId,
  nodeName: z.string(),
  owner: z.string(),
  status: ZInstanceStatus.or(z.string()),
  endCast: zInstant.nullable(),
  finishTime: zInstant.nullable(),
});
export type TBaselineInstanceRef = z.infer<typeof ZBaselineInstanceRef>;

export const ZKeyPathTopic = z.object({ topicId: zId, topicName: z.string(), addTime: zInstant.nullable() });
export type TKeyPathTopic = z.infer<typeof ZKeyPathTopic>;

/** One instance on the key path, upstream first, with its predicted and actual times. */
export const ZKeyPathEntry = z.object({
  instanceId: zId,
  nodeId: zId,
  nodeName: z.string(),
  owner: z.string(),
  programType: z.number().int().nullable(),
  inGroupId: z.number().int().nullable(),
  status: ZInstanceStatus.or(z.string()),
  cycTime: zInstant.nullable(),
  beginWaitTimeTime: zInstant.nullable(),
  beginWaitResTime: zInstant.nullable(),
  beginRunningTime: zInstant.nullable(),
  finishTime: zInstant.nullable(),
  /** Predicted start and finish. */
  beginCast: zInstant.nullable(),
  endCast: zInstant.nullable(),
  /** Predicted start plus the historical average run: where it "usually" ends. */
  absTime: zInstant.nullable(),
  /** The historical average run (AbsTime − BeginCast), when both are known. */
  usualDurationSeconds: z.number().nullable(),
  topics: z.array(ZKeyPathTopic),
});
export type TKeyPathEntry = z.infer<typeof ZKeyPathEntry>;

export const ZBaselineInstanceDetail = z.object({
  baseline: ZBaselineInstanceSummary,
  blockInstance: ZBaselineInstanceRef.nullable(),
  lastInstance: ZBaselineInstanceRef.nullable(),
  keyPath: z.array(ZKeyPathEntry),
  timezone: z.string(),
});
export type TBaselineInstanceDetail = z.infer<typeof ZBaselineInstanceDetail>;

/** A baseline's definition (ListBaselineConfigs / GetBaselineConfig), for pickers and the instance page. */
export const ZBaselineConfig = z.object({
  baselineId: zId,
  baselineName: z.string(),
  baselineType: z.string(),
  owner: z.string(),
  priority: z.number().int(),
  isEnabled: z.boolean(),
  /** `hh:mm` (hours up to 47: the next day) for a daily baseline; null for an hourly one. */
  commitment: z.string().nullable(),
  alertAt: z.string().nullable(),
});
export type TBaselineConfig = z.infer<typeof ZBaselineConfig>;

export const ZBaselineConfigList = z.object({ items: z.array(ZBaselineConfig), totalCount: z.number().int() });
export type TBaselineConfigList = z.infer<typeof ZBaselineConfigList>;

/** The nodes a baseline watches (ListNodesByBaseline). */
export const ZBaselineNodeList = z.object({ items: z.array(z.object({ nodeId: zId, nodeName: z.string(), owner: z.string() })) });
export type TBaselineNodeList = z.infer<typeof ZBaselineNodeList>;

// ——— The key path's neighbourhood (the baseline instance page's graph) ———

/** How far from the key path the neighbourhood reaches: 1 (direct parents and children) or 2. */
export const MAX_NEIGHBOURHOOD_HOPS = 2;
/** The most instances a neighbourhood answers (the key path first, then the nearest neighbours). */
export const MAX_NEIGHBOURHOOD_INSTANCES = 2_000;
/**
 * The most upstream and the most downstream instances drawn around each key path instance: a hub
 * (the demo's start node has a hundred children) would otherwise bury the path in one column.
 */
export const MAX_NEIGHBOURS_PER_SIDE = 12;

export const ZKeyPathNeighbourhoodQuery = ZBaselineInstanceQuery.extend({
  hops: z.coerce.number().int("hops are 1 or 2").min(1, "hops are 1 or 2").max(MAX_NEIGHBOURHOOD_HOPS, "hops are 1 or 2").default(1),
});
export type TKeyPathNeighbourhoodQuery = z.infer<typeof ZKeyPathNeighbourhoodQuery>;

/**
 * IDs the console wrote itself (already normalised by zId on the way in). A plain check here,
 * because a neighbourhood carries thousands of them and zId's BigInt checks cost ~50 ms in the browser.
 */
const zGraphId = z.string().regex(/^\d{1,20}$/, "must be a decimal ID");

/** Where an instance sits: on the key path, or upstream / downstream of it. */
export const NEIGHBOURHOOD_RELATIONS = ["keyPath", "upstream", "downstream"] as const;
export type TNeighbourhoodRelation = (typeof NEIGHBOURHOOD_RELATIONS)[number];

export const ZNeighbourhoodInstance = z.object({
  instanceId: zGraphId,
  nodeId: zGraphId,
  nodeName: z.string(),
  status: ZInstanceStatus.or(z.string()),
  isSuspended: z.boolean(),
  cycTime: zInstant.nullable(),
  relation: z.enum(NEIGHBOURHOOD_RELATIONS),
  /** Edges away from the key path: 0 on it, up to the query's hops. */
  hop: z.number().int().min(0).max(MAX_NEIGHBOURHOOD_HOPS),
});
export type TNeighbourhoodInstance = z.infer<typeof ZNeighbourhoodInstance>;

export const ZNeighbourhoodEdge = z.object({ parentId: zGraphId, childId: zGraphId, isOnKeyPath: z.boolean() });
export type TNeighbourhoodEdge = z.infer<typeof ZNeighbourhoodEdge>;

/** GET …/baselines/{baselineId}/{bizdate}/neighbourhood: the key path with its upstream and downstream instances. */
export const ZKeyPathNeighbourhood = z.object({
  hops: z.number().int(),
  /** The key path, upstream first. */
  keyPathIds: z.array(zGraphId),
  /** The key path first, then the neighbours by distance; at most MAX_NEIGHBOURHOOD_INSTANCES. */
  instances: z.array(ZNeighbourhoodInstance),
  edges: z.array(ZNeighbourhoodEdge),
  /** Distinct instances found within the hops; more than `instances.length` when a cap cut some. */
  totalCount: z.number().int(),
  /** At most this many upstream and this many downstream instances around each key path instance. */
  perSideLimit: z.number().int(),
  /** The data service itself cut an answer: there are at least `totalCount`. */
  isTotalAtLeast: z.boolean(),
  /** Key path instances whose neighbours could not be read (they are drawn alone). */
  unreadCount: z.number().int(),
  /** `key-path-only` where the data service lists no instance dependencies (real DataWorks). */
  source: z.enum(["instance-edges", "key-path-only"]),
  timezone: z.string(),
});
export type TKeyPathNeighbourhood = z.infer<typeof ZKeyPathNeighbourhood>;
