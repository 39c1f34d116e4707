import { z } from "zod";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getDagOrThrow, getProjectOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toDagWire } from "./dag-wire";

/**
 * GetDag (spec §4.24). Besides the kinds the spec lists (backfill, smoke test, manual runs), it
 * also answers for DAILY DAGs, which DataWorks does not (a Nightshift extension).
 */
export const getDagAction = defineAction({
  name: "GetDag",
  level: 1,
  envelope: "standard",
  params: z.object({ DagId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const dag = await getDagOrThrow(context.db, params.DagId);
    const project = await getProjectOrThrow(context.db, dag.projectId);
    return toDagWire(dag, project.timezone);
  },
});
