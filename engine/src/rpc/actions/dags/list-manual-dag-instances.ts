import { z } from "zod";
import { EngineError, ERROR_CODES } from "../../../model/errors";
import { findInstancesOfDag } from "../../../store/queries/instances/find-instance";
import { findNodesByIds } from "../../../store/queries/nodes/list-nodes";
import { zLong, zProjectEnv, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { getDagOrThrow, resolveProjectOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toManualDagInstanceWire } from "../instances/instance-wire";

/**
 * ListManualDagInstances (spec §4.23): every instance of one workflow run, not paged. `DagId` is a
 * String in the spec; it must still be a number. A DAILY DAG (a whole day's cycle instances) is
 * refused: ListInstances pages through it.
 */
export const listManualDagInstancesAction = defineAction({
  name: "ListManualDagInstances",
  level: 1,
  envelope: "bare",
  params: z.object({ ProjectName: zText({ max: 64 }), DagId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const project = await resolveProjectOrThrow(context.db, { identifier: params.ProjectName });
    const dag = await getDagOrThrow(context.db, params.DagId);
    if (dag.projectId !== project.id) {
      throw new EngineError(ERROR_CODES.dagNotFound, `The DAG ${String(dag.id)} does not exist in project ${project.identifier}.`, 404);
    }
    if (dag.type === "DAILY") {
      throw new EngineError(ERROR_CODES.invalidParameter, `The DAG ${String(dag.id)} is a daily scheduling DAG; list its instances with ListInstances.`, 400);
    }
    const instances = await findInstancesOfDag(context.db, dag.id);
    const nodes = await findNodesByIds(context.db, instances.map((instance) => instance.nodeId));
    return { Instances: instances.map((instance) => toManualDagInstanceWire(instance, nodes.get(instance.nodeId))) };
  },
});
