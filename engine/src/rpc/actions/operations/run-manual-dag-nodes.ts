import { z } from "zod";
import { parseDagParameters, parseNodeParamsJson, runManualDagNodes } from "../../../runtime/operations";
import { zDateTime, zIdList, zLong, zProjectEnv, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { resolveProjectOrThrow } from "../common/lookups";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * RunManualDagNodes (spec §4.22): runs the manual nodes of business flow `FlowName` in project
 * `ProjectName` (its identifier; `ProjectId`, if given, must name the same project) as one MANUAL
 * DAG. BizDate must be yesterday or earlier in the workspace's zone. Answers `{ DagId }` with no
 * Success fields, as the spec shows.
 */
export const runManualDagNodesAction = defineAction({
  name: "RunManualDagNodes",
  level: 2,
  envelope: "bare",
  params: z.object({
    ProjectEnv: zProjectEnv,
    ProjectName: zText({ max: 64 }),
    ProjectId: zLong.optional(),
    FlowName: zText({ max: 128 }),
    BizDate: zDateTime({ midnightOnly: true }),
    NodeParameters: zText({ max: 65_536 }).optional(),
    DagParameters: zText({ max: 65_536 }).optional(),
    IncludeNodeIds: zIdList.optional(),
    ExcludeNodeIds: zIdList.optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const project = await resolveProjectOrThrow(context.db, { projectId: params.ProjectId, identifier: params.ProjectName });
    const dagId = await runManualDagNodes(toOperationContext(context, params), {
      projectId: project.id,
      flowName: params.FlowName,
      bizdate: params.BizDate.slice(0, 10),
      includeNodeIds: params.IncludeNodeIds,
      excludeNodeIds: params.ExcludeNodeIds,
      dagParameters: params.DagParameters === undefined ? undefined : parseDagParameters(params.DagParameters),
      nodeParameters: params.NodeParameters === undefined ? undefined : parseNodeParamsJson(params.NodeParameters, "NodeParameters"),
    });
    return { DagId: dagId };
  },
});
