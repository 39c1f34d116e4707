import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/** Response bodies of the DAG and run Actions this area calls. */

export const ZUpstreamDag = z.object({
  DagId: zId,
  Name: z.string().nullable().optional(),
  Type: z.string().nullable().optional(),
  Status: z.string().nullable().optional(),
  Bizdate: z.number().int(),
  CreateTime: z.number().int().nullable().optional(),
  StartTime: z.number().int().nullable().optional(),
  FinishTime: z.number().int().nullable().optional(),
  CreateUser: z.string().nullable().optional(),
  OpSeq: zId.nullable().optional(),
  ProjectId: zId.nullable().optional(),
});
export type TUpstreamDag = z.output<typeof ZUpstreamDag>;

export const ZGetDagAnswer = z.object({ Data: ZUpstreamDag });
export const ZListDagsAnswer = z.object({ Data: z.object({ Dags: z.array(ZUpstreamDag) }) });

/** RunCycleDagNodes: the DAG IDs, one per business date, in date order. */
export const ZRunCycleDagNodesAnswer = z.object({ Data: z.array(zId) });
/** RunSmokeTest: the DAG ID. */
export const ZRunSmokeTestAnswer = z.object({ Data: zId });
