import { z } from "zod";
import { countNodesByProgramType } from "../../../store/queries/stats/program-type-counts";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";

/** GetFileTypeStatistic (spec §4.19): deployed nodes per program type name (e.g. SHELL), most first. */
export const getFileTypeStatisticAction = defineAction({
  name: "GetFileTypeStatistic",
  level: 1,
  envelope: "bare",
  params: z.object({ ProjectId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const counts = await countNodesByProgramType(context.db, project.id);
    return { ProgramTypeAndCounts: counts.map((entry) => ({ Count: entry.count, ProgramType: entry.programType })) };
  },
});
