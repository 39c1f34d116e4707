import { z } from "zod";
import { findDagsByOpSeq } from "../../../store/queries/dags/find-dag";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toDagWire } from "./dag-wire";

/** ListDags (spec §4.25): every DAG of one backfill, by OpSeq, in business-date order; not paged. */
export const listDagsAction = defineAction({
  name: "ListDags",
  level: 1,
  envelope: "standard",
  params: z.object({ OpSeq: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const dags = await findDagsByOpSeq(context.db, params.OpSeq);
    const timezones = new Map<bigint, string>();
    for (const projectId of new Set(dags.map((dag) => dag.projectId))) {
      timezones.set(projectId, (await getProjectOrThrow(context.db, projectId)).timezone);
    }
    return { Dags: dags.map((dag) => toDagWire(dag, timezones.get(dag.projectId) ?? "UTC")) };
  },
});
