import { z } from "zod";
import { getResourceGroupOrThrow, runPairTest } from "../../../connectivity/connection-tests";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";
import { rateLimitKeyOf } from "./test-data-source-connectivity";
import { toTargetResultWire } from "./test-wire";

/**
 * Nightshift extension, as DTS's DescribeConnectionStatus for a sync task: the source and the
 * destination, each from its resource group (the destination's defaults to the source's), with a
 * verdict per end (`ConnectRes`, as DTS) and advice.
 */
export const testConnectivityPairAction = defineAction({
  name: "TestDataSourceConnectivityPair",
  level: 2,
  envelope: "standard",
  params: z.object({
    SourceDataSourceId: zLong,
    DestinationDataSourceId: zLong,
    ResourceGroupId: zText({ max: 128 }),
    DestinationResourceGroupId: zText({ max: 128 }).optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    const sourceGroup = await getResourceGroupOrThrow(context.db, params.ResourceGroupId);
    const destinationGroup = params.DestinationResourceGroupId ? await getResourceGroupOrThrow(context.db, params.DestinationResourceGroupId) : sourceGroup;
    const verdict = await runPairTest(
      context.db,
      connectivityRuntime(),
      {
        source: { dataSourceId: params.SourceDataSourceId, resourceGroupId: sourceGroup.id },
        destination: { dataSourceId: params.DestinationDataSourceId, resourceGroupId: destinationGroup.id },
      },
      {
        kind: "pair",
        operator: params.Operator ?? context.accessKeyId,
        requestId: context.requestId,
        rateLimitKey: rateLimitKeyOf(context.accessKeyId, params.Operator),
        now: context.now,
      },
    );
    const end = (target: typeof verdict.source) => ({ ...toTargetResultWire(target), ConnectRes: target.result.state === "Connectable" });
    return { BatchId: verdict.batchId, Source: end(verdict.source), Destination: end(verdict.destination), Advice: verdict.advice };
  },
});
