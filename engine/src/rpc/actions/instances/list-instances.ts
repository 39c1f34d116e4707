import { z } from "zod";
import { DAG_TYPES, INSTANCE_STATUSES, type InstanceStatus } from "../../../model/status";
import type { Database } from "../../../store/database";
import type { InstanceFilter } from "../../../store/queries/instances/instance-filter";
import { listInstancePage, listInstancePageWithCount, type InstanceListRow } from "../../../store/queries/instances/list-instances";
import { findNodeIds } from "../../../store/queries/nodes/list-nodes";
import { zBool, zDateTime, zLong, zPageSize, zProjectEnv, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectTimezoneOrThrow } from "../common/project-zone-cache";
import { zBoundedPageNumber } from "../common/paging";
import { assertProductionEnvironment } from "../common/project-env";
import { intersectNodeIds, toBizdateRange } from "./bizdate-range";
import { decodeInstanceCursor, digestInstanceFilters, encodeInstanceCursor, type InstanceCursor } from "./instance-cursor";
import { toInstanceWire } from "./instance-wire";

/** TotalCount never counts past this: as many rows as PageNumber paging can reach (100 pages of 100). */
export const TOTAL_COUNT_CAP = 10_000;

/** How many rows past the end of the requested page TotalCount looks. */
export const TOTAL_COUNT_LOOKAHEAD = 1_000;

/**
 * How far TotalCount counts for a page: exact up to 1,000 rows past the page's end, else that many
 * ("at least", IsTotalCountCapped). An exact count of a million-row day costs ~200 ms, and even
 * 10,000 rows of today's (not yet all-visible) rows cost ~10,000 heap pages. The limit moves with the
 * page, so a client that pages while PageNumber × PageSize < TotalCount still reaches page 100.
 */
export function totalCountLimit(offset: number, pageSize: number): number {
  return Math.min(TOTAL_COUNT_CAP, offset + pageSize + TOTAL_COUNT_LOOKAHEAD);
}

const STATUSES_EXPECTED = `expected comma-separated statuses from ${INSTANCE_STATUSES.join(", ")}`;

const zStatusList = z.string({ error: STATUSES_EXPECTED }).transform((text, context): InstanceStatus[] => {
  const items = text.split(",").map((item) => item.trim());
  const statuses = items.filter((item): item is InstanceStatus => (INSTANCE_STATUSES as readonly string[]).includes(item));
  if (statuses.length !== items.length) context.addIssue(STATUSES_EXPECTED);
  return [...new Set(statuses)];
});

const zCursor = z.string({ error: "expected a NextCursor from an earlier ListInstances answer" }).transform((text, context) => {
  const cursor = decodeInstanceCursor(text);
  if (cursor === null) context.addIssue("expected a NextCursor from an earlier ListInstances answer");
  return cursor as InstanceCursor;
});

/** The parameters that decide which rows a listing holds (not which page): a cursor is bound to them. */
const FILTER_PARAMETER_NAMES = [
  "ProjectId",
  "NodeId",
  "NodeName",
  "Owner",
  "BizName",
  "ProgramType",
  "DagId",
  "Bizdate",
  "BeginBizdate",
  "EndBizdate",
  "Status",
  "BaselineId",
  "DagType",
  "IsSuspended",
] as const;

type FilterValues = Partial<Record<(typeof FILTER_PARAMETER_NAMES)[number], unknown>>;

function filterDigestOf(params: FilterValues): string {
  const values: Record<string, string | undefined> = {};
  for (const name of FILTER_PARAMETER_NAMES) {
    const value = params[name];
    values[name] = value === undefined ? undefined : Array.isArray(value) ? [...value].map(String).sort().join(",") : String(value);
  }
  return digestInstanceFilters(values);
}

const ZListInstancesParams = z
  .object({
    ProjectId: zLong,
    ProjectEnv: zProjectEnv,
    // The spec marks NodeId required; Nightshift makes it optional for project-wide listings (spec §5.9).
    NodeId: zLong.optional(),
    NodeName: zText({ max: 128 }).optional(),
    Owner: zText({ max: 64 }).optional(),
    BizName: zText({ max: 128 }).optional(),
    ProgramType: zText({ max: 64 }).optional(),
    PageNumber: zBoundedPageNumber,
    PageSize: zPageSize,
    DagId: zLong.optional(),
    Bizdate: zDateTime().optional(),
    BeginBizdate: zDateTime().optional(),
    EndBizdate: zDateTime().optional(),
    // Nightshift extensions.
    Status: zStatusList.optional(),
    BaselineId: zLong.optional(),
    DagType: z.enum(DAG_TYPES, { error: `expected one of ${DAG_TYPES.join(", ")}` }).optional(),
    IsSuspended: zBool.optional(),
    Cursor: zCursor.optional(),
  })
  .superRefine((params, context) => {
    if (params.BeginBizdate !== undefined && params.EndBizdate !== undefined && params.BeginBizdate > params.EndBizdate) {
      context.addIssue({ code: "custom", path: ["EndBizdate"], message: "expected EndBizdate on or after BeginBizdate" });
    }
    if (params.Cursor && params.Cursor.filterDigest !== filterDigestOf(params)) {
      context.addIssue({ code: "custom", path: ["Cursor"], message: "expected a NextCursor of a listing with the same filters" });
    }
  });

type ListInstancesParams = z.output<typeof ZListInstancesParams>;

const NODE_ATTRIBUTE_NAMES = ["NodeName", "Owner", "BizName", "ProgramType"] as const;

/**
 * ListInstances (spec §4.6) with Nightshift's extensions (docs/engine-api.md): project-wide
 * listing, Status / BaselineId / DagType / IsSuspended filters and a keyset Cursor for deep pages.
 * Order: business date, cycle time, instance ID, all descending.
 */
export const listInstancesAction = defineAction({
  name: "ListInstances",
  level: 1,
  envelope: "standard",
  params: ZListInstancesParams,
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const { db } = context;
    const hasNodeAttributes = NODE_ATTRIBUTE_NAMES.some((name) => params[name] !== undefined);
    const [timezone, attributeMatches] = await Promise.all([
      getProjectTimezoneOrThrow(db, params.ProjectId),
      hasNodeAttributes
        ? findNodeIds(db, {
            projectId: params.ProjectId,
            nameContains: params.NodeName,
            ownerId: params.Owner,
            businessName: params.BizName,
            programType: params.ProgramType,
            includeDeleted: true,
          })
        : Promise.resolve(undefined),
    ]);
    const bizdateRange = toBizdateRange({ bizdate: params.Bizdate, begin: params.BeginBizdate, end: params.EndBizdate }, timezone);
    // Bizdate outside Begin..End: nothing can match.
    if (bizdateRange === null) return toListWire({ params, pageNumber: params.PageNumber, instances: [], total: { count: 0, isCapped: false }, nextCursor: null });
    const filter: InstanceFilter = {
      projectId: params.ProjectId,
      bizdateRange,
      statuses: params.Status,
      nodeIds: intersectNodeIds(params.NodeId, attributeMatches),
      dagId: params.DagId,
      dagType: params.DagType,
      baselineId: params.BaselineId,
      isSuspended: params.IsSuspended,
    };
    return listPage(context.db, filter, params);
  },
});

async function listPage(db: Database, filter: InstanceFilter, params: ListInstancesParams) {
  const pageSize = params.PageSize;
  const cursor = params.Cursor;
  const pageNumber = cursor?.pageNumber ?? params.PageNumber;
  const offset = cursor === undefined ? (pageNumber - 1) * pageSize : 0;
  let rows: InstanceListRow[];
  let total: { count: number; isCapped: boolean };
  if (cursor !== undefined) {
    // Cursor pages never count again: they carry the first page's total.
    rows = await listInstancePage(db, filter, { limit: pageSize + 1, after: cursor.position });
    total = { count: cursor.totalCount, isCapped: cursor.isTotalCountCapped };
  } else {
    ({ rows, total } = await listInstancePageWithCount(db, filter, { limit: pageSize + 1, offset }, totalCountLimit(offset, pageSize)));
  }
  const hasMore = rows.length > pageSize;
  const instances = rows.slice(0, pageSize);
  const last = instances.at(-1);
  const nextCursor =
    hasMore && last !== undefined
      ? encodeInstanceCursor({
          position: { bizdate: last.bizdate, cycTime: last.cycTime, id: last.id },
          pageNumber: pageNumber + 1,
          totalCount: total.count,
          isTotalCountCapped: total.isCapped,
          filterDigest: filterDigestOf(params),
        })
      : null;
  return toListWire({ params, pageNumber, instances, total, nextCursor });
}

function toListWire(page: {
  params: ListInstancesParams;
  pageNumber: number;
  instances: InstanceListRow[];
  total: { count: number; isCapped: boolean };
  nextCursor: string | null;
}) {
  return {
    PageNumber: page.pageNumber,
    PageSize: page.params.PageSize,
    TotalCount: page.total.count,
    Instances: page.instances.map((instance) => toInstanceWire(instance, instance.node)),
    IsTotalCountCapped: page.total.isCapped,
    NextCursor: page.nextCursor,
  };
}
