import { z } from "zod";
import { addDays, bizdateEpoch } from "../../../schedule/calendar";
import { countCycleInstancesPerBizdate } from "../../../store/queries/stats/instances-per-bizdate";
import { zIsoTime, zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";

/** The longest range one call may ask for, in business dates. */
export const MAX_AMOUNT_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * ListInstanceAmount (spec §4.16): cycle (DAILY) instances per business date, one entry per date
 * from BeginDate to EndDate inclusive, ascending, zero where there are none. The dates are the
 * calendar dates the parameters name at their own offsets; `Date` is that business date's local
 * midnight in the workspace's zone.
 */
export const listInstanceAmountAction = defineAction({
  name: "ListInstanceAmount",
  level: 1,
  envelope: "bare",
  params: z
    .object({ ProjectId: zLong, BeginDate: zIsoTime, EndDate: zIsoTime })
    .superRefine((params, context) => {
      const days = daysBetween(params.BeginDate.localDate, params.EndDate.localDate);
      if (days < 0) context.addIssue({ code: "custom", path: ["EndDate"], message: "expected EndDate on or after BeginDate" });
      if (days >= MAX_AMOUNT_DAYS) context.addIssue({ code: "custom", path: ["EndDate"], message: `expected at most ${MAX_AMOUNT_DAYS} days from BeginDate` });
    }),
  handler: async (params, context) => {
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const dates = Array.from({ length: daysBetween(params.BeginDate.localDate, params.EndDate.localDate) + 1 }, (_, index) =>
      addDays(params.BeginDate.localDate, index),
    );
    const epochs = dates.map((date) => bizdateEpoch(date, project.timezone));
    const counts = await countCycleInstancesPerBizdate(context.db, {
      projectId: project.id,
      fromBizdate: epochs[0] ?? 0,
      toBizdate: epochs.at(-1) ?? 0,
    });
    return { InstanceCounts: epochs.map((epoch) => ({ Count: counts.get(epoch) ?? 0, Date: epoch })) };
  },
});
