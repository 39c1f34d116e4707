import "server-only";
import type { z } from "zod";
import type { TDataSourceMutationResult, ZUpdateDataSourceBody } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toDataSourceWriteError } from "./data-source-errors";
import { describeContent } from "./describe-content";
import { toContent } from "./data-source-mapper";
import { findDataSource, forgetDataSources } from "./list-data-sources";
import { ZBooleanAnswer } from "./upstream-schemas";

type UpdateInput = { serviceId: number; projectId: string; dataSourceId: string; body: z.output<typeof ZUpdateDataSourceBody>; actor: TActor; requestId: string };

/**
 * UpdateDataSource (admin): the Content is replaced; a password left empty is left out, so the data
 * service keeps the stored one (only while host and port are unchanged). Audited without secrets.
 */
export async function updateDataSource({ serviceId, projectId, dataSourceId, body, actor, requestId }: UpdateInput): Promise<TDataSourceMutationResult> {
  const content = toContent(body.connection);
  const { auditId } = await runAudited(
    { actor, action: "connectivity.data-source-update", targetType: "data-source", targetIds: [dataSourceId], requestId, serviceId, projectId },
    async () => {
      const current = await findDataSource({ serviceId, projectId }, dataSourceId);
      if (!current) throw new ApiError("NOT_FOUND", `Data source ${dataSourceId} does not exist in this workspace.`);
      if (current.type !== body.connection.type) {
        throw new ApiError("VALIDATION_FAILED", `A data source's type cannot change (it is ${current.type}).`, { issues: [{ path: "connection.type", message: `must stay ${current.type}` }] });
      }
      const client = await getDataWorksClient(serviceId);
      await client
        .call(
          "UpdateDataSource",
          { DataSourceId: dataSourceId, EnvType: body.envType, Description: body.description, Content: JSON.stringify(content), Operator: actor.username },
          ZBooleanAnswer,
          { method: "POST" },
        )
        .catch((error: unknown) => {
          throw toDataSourceWriteError(error);
        });
      forgetDataSources();
      return { value: true, details: { name: current.name, passwordChanged: "password" in content, content: describeContent(content) } };
    },
  );
  return { dataSourceId, auditId };
}
