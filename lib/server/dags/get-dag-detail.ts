import "server-only";
import type { TDag, TDagDetail } from "@/lib/contracts/dags";
import { isMissingParameterError } from "@/lib/server/instances/upstream-code";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { toDag } from "./dag-mapper";
import { getUpstreamDagOrThrow } from "./get-upstream-dag";
import { listDagInstances } from "./list-dag-instances";
import { summarizeProgress } from "./summarize-progress";
import { ZListDagsAnswer } from "./upstream-schemas";

/** Instances counted for a DAG's progress; a larger DAG is counted this far and says so. */
const PROGRESS_CAP = 10_000;

/** A DAG with its progress (from its instances) and, for a backfill, its sibling DAGs (ListDags by OpSeq). */
export async function getDagDetailOrThrow(input: { serviceId: number; projectId: string; dagId: string }): Promise<TDagDetail> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const dag = toDag(await getUpstreamDagOrThrow(workspace, input.dagId), workspace.timezone);
  const [instances, backfillDags] = await Promise.all([
    listDagInstances(workspace, input.dagId, PROGRESS_CAP).catch((error: unknown) => {
      // Real DataWorks cannot list instances without a node: the page shows the DAG without progress.
      if (isMissingParameterError(error)) return null;
      throw error;
    }),
    dag.opSeq === null
      ? Promise.resolve<TDag[]>([])
      : workspace.client.call("ListDags", { OpSeq: dag.opSeq, ProjectEnv: "PROD" }, ZListDagsAnswer).then((answer) => answer.Data.Dags.map((wire) => toDag(wire, workspace.timezone))),
  ]);
  const progress = instances
    ? summarizeProgress(
        instances.instances.map((instance) => ({
          status: instance.Status,
          isSuspended: instance.IsSuspended ?? false,
          beginRunningTime: instance.BeginRunningTime == null ? null : new Date(instance.BeginRunningTime).toISOString(),
          finishTime: instance.FinishTime == null ? null : new Date(instance.FinishTime).toISOString(),
        })),
        instances.isCapped,
      )
    : null;
  return { dag, progress, backfillDags, timezone: workspace.timezone };
}
