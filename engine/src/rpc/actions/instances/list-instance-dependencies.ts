import { z } from "zod";
import { findInstancesInOrder, walkInstanceDependencies } from "../../../store/queries/instances/instance-dependencies";
import { findNodesByIds } from "../../../store/queries/nodes/list-nodes";
import { zInt, zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getInstanceOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toInstanceWire } from "./instance-wire";

const DIRECTIONS = ["UPSTREAM", "DOWNSTREAM", "BOTH"] as const;

/**
 * ListInstanceDependencies (Nightshift extension, docs/engine-api.md): the instances within
 * `Depth` dependency edges of one instance, upstream, downstream or both, with the edges among
 * them — the graph around an instance in one call. At most `MaxInstances`, the root included.
 */
export const listInstanceDependenciesAction = defineAction({
  name: "ListInstanceDependencies",
  level: 1,
  envelope: "standard",
  params: z.object({
    InstanceId: zLong,
    ProjectEnv: zProjectEnv,
    Direction: z.enum(DIRECTIONS, { error: `expected one of ${DIRECTIONS.join(", ")}` }).default("BOTH"),
    Depth: zInt(1, 20).default(2),
    MaxInstances: zInt(1, 5_000).default(500),
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const { db } = context;
    await getInstanceOrThrow(db, params.InstanceId);
    const walk = await walkInstanceDependencies(db, {
      rootId: params.InstanceId,
      direction: params.Direction,
      depth: params.Depth,
      maxInstances: params.MaxInstances,
    });
    const instances = await findInstancesInOrder(db, walk.instanceIds);
    const nodes = await findNodesByIds(db, [...new Set(instances.map((instance) => instance.nodeId))]);
    return {
      Instances: instances.map((instance) => toInstanceWire(instance, nodes.get(instance.nodeId))),
      Edges: walk.edges.map((edge) => ({ ParentInstanceId: edge.parentId, ChildInstanceId: edge.childId })),
      Truncated: walk.isTruncated,
    };
  },
});
