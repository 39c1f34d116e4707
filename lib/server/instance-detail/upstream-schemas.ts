import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import { ZUpstreamInstance } from "@/lib/server/instances/instance-mapper";

/** Response bodies of the Actions the instance page calls (GetInstance's is the instances area's). */

export const ZGetInstanceLogAnswer = z.object({ Data: z.string().nullable().optional() });

/** ListInstanceDependencies (Nightshift extension; docs/engine-api.md). */
export const ZListInstanceDependenciesAnswer = z.object({
  Data: z.object({
    Instances: z.array(ZUpstreamInstance),
    Edges: z.array(z.object({ ParentInstanceId: zId, ChildInstanceId: zId })),
    Truncated: z.boolean().optional(),
  }),
});
export type TListInstanceDependenciesAnswer = z.output<typeof ZListInstanceDependenciesAnswer>;

export const ZUpstreamOperation = z.object({
  OperationId: zId,
  Action: z.string(),
  Operator: z.string().nullable().optional(),
  Reason: z.string().nullable().optional(),
  TargetType: z.string().nullable().optional(),
  TargetId: zId.nullable().optional(),
  Before: z.string().nullable().optional(),
  After: z.string().nullable().optional(),
  Result: z.string(),
  ErrorCode: z.string().nullable().optional(),
  RequestId: z.string().nullable().optional(),
  OperateTime: z.number().int(),
});
export type TUpstreamOperation = z.output<typeof ZUpstreamOperation>;

/** ListInstanceOperations (Nightshift extension): the engine's operations audit. */
export const ZListInstanceOperationsAnswer = z.object({
  Data: z.object({ Operations: z.array(ZUpstreamOperation), NextCursor: z.string().nullable().optional() }),
});
