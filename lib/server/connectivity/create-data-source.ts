import "server-only";
import type { z } from "zod";
import type { TDataSourceMutationResult, ZCreateDataSourceBody } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toDataSourceWriteError } from "./data-source-errors";
import { describeContent } from "./describe-content";
import { toContent } from "./data-source-mapper";
import { forgetDataSources } from "./list-data-sources";
import { ZCreateDataSourceAnswer } from "./upstream-schemas";

type CreateInput = { serviceId: number; projectId: string; body: z.output<typeof ZCreateDataSourceBody>; actor: TActor; requestId: string };

/** CreateDataSource (admin); audited as connectivity.data-source-create, with the Content's non-secret fields only. */
export async function createDataSource({ serviceId, projectId, body, actor, requestId }: CreateInput): Promise<TDataSourceMutationResult> {
  const content = toContent(body.connection);
  const { value, auditId } = await runAudited(
    { actor, action: "connectivity.data-source-create", targetType: "data-source", targetIds: [], requestId, serviceId, projectId },
    async () => {
      const client = await getDataWorksClient(serviceId);
      const answer = await client
        .call(
          "CreateDataSource",
          { ProjectId: projectId, Name: body.name, Description: body.description, DataSourceType: body.connection.type, EnvType: body.envType, Content: JSON.stringify(content), Operator: actor.username },
          ZCreateDataSourceAnswer,
          { method: "POST" },
        )
        .catch((error: unknown) => {
          throw toDataSourceWriteError(error);
        });
      forgetDataSources();
      return { value: answer.Data, details: { dataSourceId: answer.Data, name: body.name, type: body.connection.type, envType: body.envType, content: describeContent(content) } };
    },
  );
  return { dataSourceId: value, auditId };
}
