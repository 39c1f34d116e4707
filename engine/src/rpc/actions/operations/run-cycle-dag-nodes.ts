import { z } from "zod";
import { parseNodeParamsJson, runCycleDagNodes } from "../../../runtime/operations";
import { zBool, zDateTime, zIdList, zLong, zProjectEnv, zText, zTimeOfDay } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * RunCycleDagNodes (spec §4.13): a backfill, one SUPPLY_DATA DAG per business date from
 * StartBizDate to EndBizDate inclusive, all sharing one OpSeq (GetDag shows it; ListDags lists them).
 * `Data` is the DAG IDs in business-date order. `NodeParams` may leave its node-ID keys unquoted,
 * as the spec's own example does (spec §5.12). `ProjectId` is optional here (the nodes name the
 * project); when given, the nodes must belong to it.
 */
export const runCycleDagNodesAction = defineAction({
  name: "RunCycleDagNodes",
  level: 2,
  envelope: "standard",
  params: z.object({
    ProjectEnv: zProjectEnv,
    ProjectId: zLong.optional(),
    Name: zText({ max: 128 }),
    RootNodeId: zLong,
    IncludeNodeIds: zIdList,
    ExcludeNodeIds: zIdList.optional(),
    StartBizDate: zDateTime({ midnightOnly: true }),
    EndBizDate: zDateTime({ midnightOnly: true }),
    BizBeginTime: zTimeOfDay.optional(),
    BizEndTime: zTimeOfDay.optional(),
    Parallelism: zBool,
    NodeParams: zText({ max: 65_536 }).optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    return runCycleDagNodes(toOperationContext(context, params), {
      projectId: params.ProjectId,
      name: params.Name,
      rootNodeId: params.RootNodeId,
      includeNodeIds: params.IncludeNodeIds,
      excludeNodeIds: params.ExcludeNodeIds ?? [],
      startBizdate: params.StartBizDate.slice(0, 10),
      endBizdate: params.EndBizDate.slice(0, 10),
      bizBeginTime: params.BizBeginTime,
      bizEndTime: params.BizEndTime,
      parallelism: params.Parallelism,
      nodeParams: params.NodeParams === undefined ? undefined : parseNodeParamsJson(params.NodeParams, "NodeParams"),
    });
  },
});
