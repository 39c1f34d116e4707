import { z } from "zod";
import type { InstanceStatus } from "../../../model/status";
import { bizdateEpoch } from "../../../schedule/calendar";
import { countInstancesByStatus } from "../../../store/queries/stats/status-counts";
import { zLong, zProjectEnv } from "../../params";
import { zBusinessDate } from "../common/business-date";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";

/** Counters per status; `TotalCount` counts every status, so it equals their sum. */
export function toStatusCountWire(counts: ReadonlyMap<InstanceStatus, number>) {
  const of = (status: InstanceStatus) => counts.get(status) ?? 0;
  return {
    FailureCount: of("FAILURE"),
    WaitTimeCount: of("WAIT_TIME"),
    RunningCount: of("RUNNING"),
    SuccessCount: of("SUCCESS"),
    TotalCount: [...counts.values()].reduce((total, count) => total + count, 0),
    NotRunCount: of("NOT_RUN"),
    WaitResCount: of("WAIT_RESOURCE"),
    CheckingCount: of("CHECKING"),
    CheckingConditionCount: of("CHECKING_CONDITION"),
  };
}

/**
 * GetInstanceStatusStatistic (spec §4.20). `SchedulerType` filters on the instance's task type;
 * without `DagType` every DAG type counts (DAILY is accepted as a Nightshift extension value).
 * `CheckingCount` and `CheckingConditionCount` are Nightshift extensions.
 */
export const getInstanceStatusStatisticAction = defineAction({
  name: "GetInstanceStatusStatistic",
  level: 1,
  envelope: "bare",
  params: z.object({
    ProjectId: zLong,
    ProjectEnv: zProjectEnv,
    BizDate: zBusinessDate,
    SchedulerType: z.enum(["NORMAL", "MANUAL", "PAUSE", "SKIP"], { error: "expected NORMAL, MANUAL, PAUSE or SKIP" }).optional(),
    DagType: z
      .enum(["MANUAL", "SMOKE_TEST", "SUPPLY_DATA", "BUSINESS_PROCESS_DAG", "DAILY"], {
        error: "expected MANUAL, SMOKE_TEST, SUPPLY_DATA, BUSINESS_PROCESS_DAG or DAILY",
      })
      .optional(),
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const counts = await countInstancesByStatus(context.db, {
      projectId: project.id,
      bizdate: bizdateEpoch(params.BizDate, project.timezone),
      dagType: params.DagType,
      taskType: params.SchedulerType,
    });
    return { StatusCount: toStatusCountWire(counts) };
  },
});
