import "server-only";
import type { TBaselineNodeList } from "@/lib/contracts/baselines";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { withMonitorErrors } from "./monitor-errors";
import { ZListNodesByBaselineAnswer } from "./upstream-schemas";

/** The nodes a baseline watches (ListNodesByBaseline); 404 for a baseline the data service does not know. */
export async function listBaselineNodes(input: { serviceId: number; baselineId: string }): Promise<TBaselineNodeList> {
  const client = await getDataWorksClient(input.serviceId);
  const answer = await withMonitorErrors("baseline", () => client.call("ListNodesByBaseline", { BaselineId: input.baselineId }, ZListNodesByBaselineAnswer));
  return { items: (answer.Data ?? []).map((node) => ({ nodeId: node.NodeId, nodeName: node.NodeName ?? "", owner: node.Owner ?? "" })) };
}
