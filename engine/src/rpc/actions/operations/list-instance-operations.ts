import { z } from "zod";
import { listOperations } from "../../../runtime/operations";
import { zEpochMillis, zLong, zPageSize, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { assertProductionEnvironment } from "../common/project-env";
import { toOperationWire } from "./operation-wire";

const TARGET_PARAMETERS = ["InstanceId", "NodeId", "DagId"] as const;

/**
 * ListInstanceOperations (a Nightshift extension, level 1): the audit of operations asked of the
 * engine, newest first — on one instance (`InstanceId`), node (`NodeId`) or DAG (`DagId`), or all of
 * a project's (`ProjectId`) — with who asked, why, when, the result and the state before and after.
 * Keyset paging: pass `Data.NextCursor` back as `Cursor`.
 */
export const listInstanceOperationsAction = defineAction({
  name: "ListInstanceOperations",
  level: 1,
  envelope: "standard",
  params: z
    .object({
      ProjectEnv: zProjectEnv,
      InstanceId: zLong.optional(),
      NodeId: zLong.optional(),
      DagId: zLong.optional(),
      ProjectId: zLong.optional(),
      Since: zEpochMillis.optional(),
      PageSize: zPageSize,
      Cursor: z.string().regex(/^\d{1,19}$/, "expected a NextCursor from an earlier ListInstanceOperations answer").optional(),
    })
    .superRefine((params, context) => {
      const given = TARGET_PARAMETERS.filter((name) => params[name] !== undefined);
      if (given.length > 1) context.addIssue({ code: "custom", path: [given[1] ?? "NodeId"], message: `expected only one of ${TARGET_PARAMETERS.join(", ")}` });
      if (given.length === 0 && params.ProjectId === undefined) {
        context.addIssue({ code: "custom", path: ["ProjectId"], message: "expected InstanceId, NodeId, DagId or ProjectId" });
      }
    }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const target =
      params.InstanceId !== undefined
        ? { targetType: "instance" as const, targetId: params.InstanceId }
        : params.NodeId !== undefined
          ? { targetType: "node" as const, targetId: params.NodeId }
          : params.DagId !== undefined
            ? { targetType: "dag" as const, targetId: params.DagId }
            : {};
    const page = await listOperations(context.db, {
      ...target,
      projectId: params.ProjectId,
      since: params.Since,
      limit: params.PageSize,
      cursor: params.Cursor,
    });
    return { Operations: page.operations.map(toOperationWire), NextCursor: page.nextCursor };
  },
});
