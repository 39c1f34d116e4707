import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/** Response bodies of the node Actions this area calls. Lenient where DataWorks may leave fields out. */

const zText = z.string().nullable().optional();

export const ZUpstreamNode = z.object({
  NodeId: zId,
  NodeName: zText,
  OwnerId: zText,
  ProgramType: zText,
  SchedulerType: zText,
  CronExpress: zText,
  ResGroupName: zText,
  Priority: z.number().int().nullable().optional(),
  BaselineId: zId.nullable().optional(),
  Description: zText,
  ParamValues: zText,
  Connection: zText,
  Repeatability: z.union([z.boolean(), z.string()]).nullable().optional(),
  RepeatInterval: z.number().int().nullable().optional(),
  ProjectId: zId.nullable().optional(),
});
export type TUpstreamNode = z.output<typeof ZUpstreamNode>;

/** GetNodeParents / GetNodeChildren: the reduced shape. */
export const ZUpstreamNodeRelative = z.object({
  NodeId: zId,
  NodeName: zText,
  OwnerId: zText,
  ProgramType: zText,
  SchedulerType: zText,
  CronExpress: zText,
  ProjectId: zId.nullable().optional(),
});
export type TUpstreamNodeRelative = z.output<typeof ZUpstreamNodeRelative>;

export const ZGetNodeAnswer = z.object({ Data: ZUpstreamNode });

export const ZListNodesAnswer = z.object({
  Data: z.object({
    PageNumber: z.number().int().optional(),
    PageSize: z.number().int().optional(),
    TotalCount: z.number().int(),
    Nodes: z.array(ZUpstreamNode),
  }),
});

export const ZNodeRelativesAnswer = z.object({ Data: z.object({ Nodes: z.array(ZUpstreamNodeRelative) }) });

export const ZGetNodeCodeAnswer = z.object({ Data: z.string().nullable() });

/** UpdateNodeRunMode / UpdateNodeOwner answer RequestId and Success only. */
export const ZSuccessAnswer = z.object({ Success: z.union([z.boolean(), z.string()]).optional() }).passthrough();
