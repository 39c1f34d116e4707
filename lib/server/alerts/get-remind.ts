import "server-only";
import type { TRemindDefinition } from "@/lib/contracts/alerts";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { getDataWorksClient, type DataWorksClient } from "@/lib/server/upstream/dataworks";
import { toRemindDefinition } from "./remind-mapper";
import { ZGetRemindAnswer } from "./upstream-schemas";

export async function readRemind(client: DataWorksClient, remindId: string): Promise<TRemindDefinition> {
  const answer = await withMonitorErrors("rule", () => client.call("GetRemind", { RemindId: remindId }, ZGetRemindAnswer));
  return toRemindDefinition(answer.Data);
}

/** One custom rule with its trigger parameters, limits and robots (GetRemind). */
export async function getRemind(input: { serviceId: number; remindId: string }): Promise<TRemindDefinition> {
  return readRemind(await getDataWorksClient(input.serviceId), input.remindId);
}
