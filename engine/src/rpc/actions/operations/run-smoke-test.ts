import { z } from "zod";
import { runSmokeTest } from "../../../runtime/operations";
import { zLong, zProjectEnv, zText } from "../../params";
import { zBusinessDate } from "../common/business-date";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * RunSmokeTest (spec §4.14): a SMOKE_TEST DAG running the node alone for one business date;
 * `Data` is its DAG ID. `Bizdate` may be `yyyy-MM-dd` or `yyyy-MM-dd 00:00:00`; `NodeParams` may be
 * JSON keyed by node ID or a plain `k=v k2=v2` list (spec §5.11).
 */
export const runSmokeTestAction = defineAction({
  name: "RunSmokeTest",
  level: 2,
  envelope: "standard",
  params: z.object({
    ProjectEnv: zProjectEnv,
    Bizdate: zBusinessDate,
    Name: zText({ max: 128 }),
    NodeId: zLong,
    NodeParams: zText({ max: 65_536 }).optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    return runSmokeTest(toOperationContext(context, params), {
      nodeId: params.NodeId,
      bizdate: params.Bizdate,
      name: params.Name,
      nodeParams: params.NodeParams,
    });
  },
});
