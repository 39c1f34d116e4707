import "server-only";
import type { TDataSourceMutationResult } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { findDataSource, forgetDataSources } from "./list-data-sources";
import { ZBooleanAnswer } from "./upstream-schemas";

type DeleteInput = { serviceId: number; projectId: string; dataSourceId: string; actor: TActor; requestId: string };

/** DeleteDataSource (admin); audited as connectivity.data-source-delete with the name it had. */
export async function deleteDataSource({ serviceId, projectId, dataSourceId, actor, requestId }: DeleteInput): Promise<TDataSourceMutationResult> {
  const { auditId } = await runAudited(
    { actor, action: "connectivity.data-source-delete", targetType: "data-source", targetIds: [dataSourceId], requestId, serviceId, projectId },
    async () => {
      const current = await findDataSource({ serviceId, projectId }, dataSourceId);
      const client = await getDataWorksClient(serviceId);
      await client.call("DeleteDataSource", { DataSourceId: dataSourceId }, ZBooleanAnswer, { method: "POST" });
      forgetDataSources();
      return { value: true, details: { name: current?.name ?? null, type: current?.type ?? null } };
    },
  );
  return { dataSourceId, auditId };
}
