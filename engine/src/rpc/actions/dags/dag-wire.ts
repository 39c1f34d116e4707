import type { Dag } from "../../../model/entities";
import { addDays, bizdateEpoch, localDateOf } from "../../../schedule/calendar";

/**
 * `Gmtdate`, which the spec leaves unexplained, is the DAG's run date: the local midnight of the
 * day after its business date, the day DataWorks generates and runs that business date's work.
 */
export function gmtdateOf(dag: Pick<Dag, "bizdate">, timezone: string): number {
  return bizdateEpoch(addDays(localDateOf(dag.bizdate, timezone), 1), timezone);
}

export type DagWire = ReturnType<typeof toDagWire>;

/** GetDag's `Data` and ListDags' `Dags[]`. `OpSeq` is null for DAGs that are not backfills. */
export function toDagWire(dag: Dag, timezone: string) {
  return {
    Type: dag.type,
    Status: dag.status,
    FinishTime: dag.finishTime,
    CreateTime: dag.createTime,
    ProjectId: dag.projectId,
    DagId: dag.id,
    Gmtdate: gmtdateOf(dag, timezone),
    StartTime: dag.startTime,
    CreateUser: dag.createUser,
    Bizdate: dag.bizdate,
    Name: dag.name,
    ModifyTime: dag.modifyTime,
    OpSeq: dag.opSeq,
  };
}
