import "server-only";
import type { TResourceGroupList } from "@/lib/contracts/connectivity";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { ZListResourceGroupsAnswer } from "./upstream-schemas";

const STATUS_NAMES = ["NORMAL", "STOP", "DELETED", "CREATING", "CREATE_FAILED", "UPDATING", "UPDATE_FAILED", "DELETING", "DELETE_FAILED", "TIMEOUT"];

/** The scheduling resource groups tests can run from (ListResourceGroups, type 1), default first. */
export async function listResourceGroups({ serviceId, projectId }: { serviceId: number; projectId: string }): Promise<TResourceGroupList> {
  const client = await getDataWorksClient(serviceId);
  const answer = await client.call("ListResourceGroups", { ProjectId: projectId, ResourceGroupType: 1 }, ZListResourceGroupsAnswer);
  const items = answer.Data.map((group) => ({
    resourceGroupId: String(group.Id),
    identifier: group.Identifier || String(group.Id),
    name: group.Name || group.Identifier || String(group.Id),
    isDefault: group.IsDefault === true,
    status: typeof group.Status === "number" ? (STATUS_NAMES[group.Status] ?? String(group.Status)) : "NORMAL",
  }));
  items.sort((left, right) => Number(right.isDefault) - Number(left.isDefault) || left.name.localeCompare(right.name));
  return { items };
}
