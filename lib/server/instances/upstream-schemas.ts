import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import { ZUpstreamInstance } from "./instance-mapper";

/** Response bodies of the Actions this area calls (the DataWorks client parses the whole body). */

export const ZListInstancesAnswer = z.object({
  Data: z.object({
    PageNumber: z.number().int().optional(),
    PageSize: z.number().int().optional(),
    TotalCount: z.number().int(),
    Instances: z.array(ZUpstreamInstance),
    // The engine's extensions: their presence tells the console the upstream pages by cursor.
    IsTotalCountCapped: z.boolean().optional(),
    NextCursor: z.string().nullable().optional(),
  }),
});
export type TListInstancesAnswer = z.output<typeof ZListInstancesAnswer>;

export const ZGetInstanceAnswer = z.object({ Data: ZUpstreamInstance });

const zCount = { Downstream: z.number().int(), WaitingDownstream: z.number().int(), Capped: z.boolean().optional() };

/** CountInstanceDownstream (Nightshift extension; docs/engine-api.md). */
export const ZCountInstanceDownstreamAnswer = z.object({
  Data: z.object({
    Counts: z.array(z.object({ InstanceId: zId, ...zCount })),
    Union: z.object(zCount),
  }),
});

/** Stop/Restart/SetSuccess/Suspend/ResumeInstance: `Data: true` in the standard envelope. */
export const ZInstanceOperationAnswer = z.object({ Data: z.unknown().optional() }).passthrough();
