import { z } from "zod";
import { addDays, currentBizdate, bizdateEpoch } from "../../../schedule/calendar";
import { countSuccessesByFinishBucket } from "../../../store/queries/stats/success-by-hour";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { averageCurves, elapsedHourCount, hourEndsOf, toCumulativeTrend, toTrendWire } from "./success-trend";

/** How many business dates before yesterday's the average looks back over (yesterday included). */
export const AVERAGE_WINDOW_DAYS = 7;

/**
 * ListSuccessInstanceAmount (spec §4.15): cumulative successful cycle instances by the end of each
 * local hour of the run date, in the workspace's zone. Today = the current business date (its hours
 * so far), Yesterday = the one before, Average = the mean of the 7 business dates before the current
 * one that had any success.
 */
export const listSuccessInstanceAmountAction = defineAction({
  name: "ListSuccessInstanceAmount",
  level: 3,
  envelope: "bare",
  params: z.object({ ProjectId: zLong }),
  handler: async (params, context) => {
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const today = currentBizdate(context.now, project.timezone);
    const bizdates = Array.from({ length: AVERAGE_WINDOW_DAYS + 1 }, (_, back) => addDays(today, -back));
    const curves = await Promise.all(
      bizdates.map(async (bizdate) => {
        const hourEnds = hourEndsOf(addDays(bizdate, 1), project.timezone);
        const buckets = await countSuccessesByFinishBucket(context.db, {
          projectId: project.id,
          bizdate: bizdateEpoch(bizdate, project.timezone),
          boundaries: hourEnds,
        });
        return { hourEnds, curve: toCumulativeTrend(buckets) };
      }),
    );
    const [todayCurve, ...pastCurves] = curves;
    const history = pastCurves.map((past) => past.curve).filter((curve) => (curve.at(-1) ?? 0) > 0);
    const todayPoints = todayCurve === undefined ? 0 : elapsedHourCount(todayCurve.hourEnds, context.now);
    return {
      InstanceStatusTrend: {
        TodayTrend: toTrendWire(todayCurve?.curve.slice(0, todayPoints) ?? []),
        YesterdayTrend: toTrendWire(pastCurves[0]?.curve ?? []),
        AvgTrend: toTrendWire(averageCurves(history)),
      },
    };
  },
});
