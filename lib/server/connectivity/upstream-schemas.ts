import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/** Response bodies of the data source and connectivity Actions this area calls; lenient where DataWorks may leave fields out. */

const zText = z.string().nullable().optional();
const zNumberish = z.union([z.number(), z.string().regex(/^-?\d+$/).transform(Number)]);
/** DataWorks renders a one-element array as a single object in some answers. */
const arrayOrOne = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const ZUpstreamDataSource = z.object({
  Id: zId,
  Name: z.string(),
  DataSourceType: z.string(),
  SubType: zText,
  Description: zText,
  EnvType: zNumberish.nullable().optional(),
  Status: zNumberish.nullable().optional(),
  Content: z.union([z.string(), z.record(z.string(), z.unknown())]).nullable().optional(),
  GmtModified: zText,
  /** Nightshift extensions of the embedded engine: the last test's verdict and time (epoch ms). */
  LastConnectState: zText,
  LastTestTime: zNumberish.nullable().optional(),
});
export type TUpstreamDataSource = z.output<typeof ZUpstreamDataSource>;

export const ZListDataSourcesAnswer = z.object({
  Data: z.object({
    PageNumber: zNumberish.optional(),
    PageSize: zNumberish.optional(),
    TotalCount: zNumberish.optional(),
    DataSources: arrayOrOne(ZUpstreamDataSource),
  }),
});

export const ZUpstreamResourceGroup = z.object({
  Id: z.union([zId, z.string()]),
  Identifier: zText,
  Name: zText,
  IsDefault: z.boolean().nullable().optional(),
  Status: zNumberish.nullable().optional(),
});
export type TUpstreamResourceGroup = z.output<typeof ZUpstreamResourceGroup>;
export const ZListResourceGroupsAnswer = z.object({ Data: arrayOrOne(ZUpstreamResourceGroup) });

export const ZCreateDataSourceAnswer = z.object({ Data: zId });
export const ZBooleanAnswer = z.object({ Data: z.union([z.boolean(), z.string()]).optional() });

/**
 * One DetailLogs entry. DataWorks documents Code, Message (the step's name), StartTime and EndTime;
 * the embedded engine adds the step's outcome and what happened (Nightshift extensions).
 */
export const ZUpstreamDetailLog = z.object({
  Code: zText,
  Message: zText,
  StartTime: zNumberish.nullable().optional(),
  EndTime: zNumberish.nullable().optional(),
  Status: zText,
  Outcome: zText,
  Detail: zText,
  Advice: zText,
});
export type TUpstreamDetailLog = z.output<typeof ZUpstreamDetailLog>;

export const ZUpstreamConnectivity = z.object({
  ConnectState: z.string(),
  ConnectMessage: zText,
  ConnectAdvice: zText,
  Advice: zText,
  DetailLogs: arrayOrOne(ZUpstreamDetailLog),
});
export type TUpstreamConnectivity = z.output<typeof ZUpstreamConnectivity>;

export const ZTestDataSourceConnectivityAnswer = z.object({
  RequestId: zText,
  Connectivity: ZUpstreamConnectivity,
});
export type TTestDataSourceConnectivityAnswer = z.output<typeof ZTestDataSourceConnectivityAnswer>;

/** One target of the embedded engine's batch and pair tests (Nightshift extensions): who, from where, and its Connectivity. */
export const ZUpstreamTargetResult = ZUpstreamConnectivity.extend({
  DataSourceId: zId,
  DataSourceName: zText,
  DataSourceType: zText,
  ResourceGroupId: z.union([zId, z.string()]),
  ResourceGroupIdentifier: zText,
  Role: zText,
  StartTime: zNumberish.nullable().optional(),
  EndTime: zNumberish.nullable().optional(),
});
export type TUpstreamTargetResult = z.output<typeof ZUpstreamTargetResult>;

export const ZBatchTestAnswer = z.object({
  Data: z.object({ BatchId: zText, TotalCount: zNumberish.optional(), Results: arrayOrOne(ZUpstreamTargetResult) }),
});

export const ZPairTestAnswer = z.object({
  Data: z.object({
    BatchId: zText,
    Source: ZUpstreamTargetResult,
    Destination: ZUpstreamTargetResult,
    Advice: z.union([z.string(), z.array(z.string())]).nullable().optional(),
  }),
});

export const ZTestRunsAnswer = z.object({
  Data: z.object({
    Runs: arrayOrOne(
      z.object({
        RunId: zNumberish.optional(),
        ResourceGroupId: z.union([zId, z.string()]).nullable().optional(),
        ConnectState: z.string(),
        ConnectMessage: zText,
        StartTime: zNumberish,
        EndTime: zNumberish.nullable().optional(),
        DetailLogs: arrayOrOne(ZUpstreamDetailLog),
      }),
    ),
    NextCursor: zNumberish.nullable().optional(),
  }),
});
