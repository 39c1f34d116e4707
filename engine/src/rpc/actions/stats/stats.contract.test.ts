import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays } from "../../../schedule/calendar";
import { BIZDATES, CURRENT_BIZDATE, epochOf, FIXTURE_NOW, NODE, PROJECT_ID } from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { bareEnvelope, exactDigits, expectWireShape, zWireInt, zWireLong } from "../testing/wire-schemas";

const HOUR = 3_600_000;
const PROJECT = String(PROJECT_ID);

const zTrend = z.array(z.strictObject({ TimePoint: z.string().regex(/^([01]\d|2[0-3]):00$/), Count: zWireInt }));
const zSuccessAmountAnswer = bareEnvelope({
  InstanceStatusTrend: z.strictObject({ AvgTrend: zTrend, TodayTrend: zTrend, YesterdayTrend: zTrend }),
});
const zInstanceAmountAnswer = bareEnvelope({ InstanceCounts: z.array(z.strictObject({ Count: zWireInt, Date: zWireInt })) });
const zElapsedAnswer = bareEnvelope({
  InstanceConsumeTimeRank: z.strictObject({
    UpdateTime: zWireInt,
    ConsumeTimeRank: z.array(
      z.strictObject({
        Owner: z.string(),
        NodeName: z.string(),
        BusinessDate: zWireInt,
        ProgramType: zWireInt,
        InstanceId: zWireLong,
        NodeId: zWireLong,
        Consumed: zWireInt,
      }),
    ),
  }),
});
const zErrorAnswer = bareEnvelope({
  InstanceErrorRank: z.strictObject({
    UpdateTime: zWireInt,
    ErrorRank: z.array(z.strictObject({ Count: zWireInt, NodeId: zWireLong, NodeName: z.string(), Owner: z.string(), ProgramType: zWireInt, ProjectId: zWireLong })),
  }),
});
const zStatusAnswer = bareEnvelope({
  StatusCount: z.strictObject({
    FailureCount: zWireInt,
    WaitTimeCount: zWireInt,
    RunningCount: zWireInt,
    SuccessCount: zWireInt,
    TotalCount: zWireInt,
    NotRunCount: zWireInt,
    WaitResCount: zWireInt,
    CheckingCount: zWireInt,
    CheckingConditionCount: zWireInt,
  }),
});
const zFileTypeAnswer = bareEnvelope({ ProgramTypeAndCounts: z.array(z.strictObject({ Count: zWireInt, ProgramType: z.string() })) });

describe.each(await testDialects())("statistics Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
  });

  afterAll(async () => {
    await engine?.close();
  });

  /** Cumulative successes of a business date's cycle instances by the end of each hour of its run date (Shanghai: no DST). */
  function curveOf(bizdate: string): number[] {
    const runDateStart = epochOf(addDays(bizdate, 1));
    return Array.from(
      { length: 24 },
      (_, hour) =>
        engine.fixture.instances.filter(
          (instance) =>
            instance.projectId === PROJECT_ID &&
            instance.dagType === "DAILY" &&
            instance.bizdate === epochOf(bizdate) &&
            instance.status === "SUCCESS" &&
            instance.finishTime !== null &&
            instance.finishTime < runDateStart + (hour + 1) * HOUR,
        ).length,
    );
  }

  it("ListSuccessInstanceAmount: today's hours so far, yesterday's and the 7-day average, cumulative by hour", async () => {
    const answer = expectWireShape(zSuccessAmountAnswer, await engine.call("ListSuccessInstanceAmount", { ProjectId: PROJECT }));
    const { TodayTrend, YesterdayTrend, AvgTrend } = answer.InstanceStatusTrend;
    // 10:30 on the run date: the points 00:00 to 10:00 have begun.
    expect(TodayTrend.map((point) => point.TimePoint)).toEqual(Array.from({ length: 11 }, (_, hour) => `${String(hour).padStart(2, "0")}:00`));
    expect(TodayTrend.map((point) => point.Count)).toEqual(curveOf(CURRENT_BIZDATE).slice(0, 11));
    expect(TodayTrend.at(-1)?.Count).toBe(12);
    expect(YesterdayTrend.map((point) => point.Count)).toEqual(curveOf("2024-05-25"));
    expect(YesterdayTrend.at(-1)?.Count).toBe(27);
    const history = Array.from({ length: 7 }, (_, back) => curveOf(addDays(CURRENT_BIZDATE, -(back + 1))));
    expect(AvgTrend.map((point) => point.Count)).toEqual(Array.from({ length: 24 }, (_, hour) => Math.round(history.reduce((sum, curve) => sum + curve[hour]!, 0) / 7)));
    expect(AvgTrend).toHaveLength(24);
  });

  it("ListInstanceAmount: cycle instances per business date, both ends inclusive, zero where none", async () => {
    const answer = expectWireShape(
      zInstanceAmountAnswer,
      await engine.call("ListInstanceAmount", { ProjectId: PROJECT, BeginDate: "2024-05-24T00:00:00+0800", EndDate: "2024-05-27T00:00:00+0800" }),
    );
    expect(answer.InstanceCounts).toEqual([
      { Count: 29, Date: epochOf("2024-05-24") },
      { Count: 29, Date: epochOf("2024-05-25") },
      { Count: 29, Date: epochOf("2024-05-26") },
      { Count: 0, Date: epochOf("2024-05-27") },
    ]);
  });

  it.each([
    [{ BeginDate: "2024-05-26T00:00:00+0800", EndDate: "2024-05-24T00:00:00+0800" }, "InvalidParameter"],
    [{ BeginDate: "2023-01-01T00:00:00+0800", EndDate: "2024-05-24T00:00:00+0800" }, "InvalidParameter"],
    [{ BeginDate: "2024-05-26", EndDate: "2024-05-27T00:00:00+0800" }, "InvalidParameter"],
    [{ EndDate: "2024-05-27T00:00:00+0800" }, "MissingParameter"],
  ])("ListInstanceAmount refuses %o with %s", async (dates, code) => {
    expect((await engine.fail("ListInstanceAmount", { ProjectId: PROJECT, ...dates })).code).toBe(code);
  });

  it("TopTenElapsedTimeInstance ranks each node's longest finished run of the current business date, in seconds", async () => {
    const answer = expectWireShape(zElapsedAnswer, await engine.call("TopTenElapsedTimeInstance", { ProjectId: PROJECT }));
    const rank = answer.InstanceConsumeTimeRank;
    expect(rank.UpdateTime).toBe(FIXTURE_NOW);
    expect(rank.ConsumeTimeRank.map((entry) => [entry.NodeName, entry.Consumed, entry.ProgramType, entry.Owner])).toEqual([
      ["ods_orders", 600, 6, "alice"],
      ["hourly_clicks", 30, 6, "carol"],
      ["start_node", 1, 99, "alice"],
      ["frozen_report", 0, 6, "carol"],
    ]);
    expect(rank.ConsumeTimeRank[0]?.BusinessDate).toBe(epochOf(CURRENT_BIZDATE));
    expect(exactDigits(rank.ConsumeTimeRank[1]?.InstanceId)).toBe(String(engine.fixture.instanceOf(NODE.hourly, CURRENT_BIZDATE, "DAILY", 9).id));
  });

  it("TopTenElapsedTimeInstance takes the BusinessDate of the spec's example", async () => {
    const answer = expectWireShape(zElapsedAnswer, await engine.call("TopTenElapsedTimeInstance", { ProjectId: PROJECT, BusinessDate: "2024-05-24T00:00:00+0800" }));
    expect(answer.InstanceConsumeTimeRank.ConsumeTimeRank[0]).toMatchObject({ NodeName: "dws_sales", Consumed: 3000 + BIZDATES.indexOf("2024-05-24"), BusinessDate: epochOf("2024-05-24") });
  });

  it("TopTenErrorTimesInstance ranks nodes by failed cycle instances over 30 business dates", async () => {
    const answer = expectWireShape(zErrorAnswer, await engine.call("TopTenErrorTimesInstance", { ProjectId: PROJECT }));
    expect(answer.InstanceErrorRank.UpdateTime).toBe(FIXTURE_NOW);
    expect(answer.InstanceErrorRank.ErrorRank.map((entry) => [entry.NodeName, entry.Count, entry.ProgramType, exactDigits(entry.ProjectId)])).toEqual([
      ["frozen_report", 10, 6, PROJECT],
      ["dws_sales", 3, 10, PROJECT],
      ["ods_orders", 1, 6, PROJECT],
    ]);
  });

  it("GetInstanceStatusStatistic counts a business date's instances per status, with filters", async () => {
    const all = expectWireShape(zStatusAnswer, await engine.call("GetInstanceStatusStatistic", { ProjectEnv: "PROD", ProjectId: PROJECT, BizDate: CURRENT_BIZDATE }));
    expect(all.StatusCount).toEqual({ FailureCount: 1, WaitTimeCount: 13, RunningCount: 2, SuccessCount: 12, TotalCount: 29, NotRunCount: 1, WaitResCount: 0, CheckingCount: 0, CheckingConditionCount: 0 });
    const paused = expectWireShape(
      zStatusAnswer,
      await engine.call("GetInstanceStatusStatistic", { ProjectEnv: "PROD", ProjectId: PROJECT, BizDate: CURRENT_BIZDATE, SchedulerType: "PAUSE" }),
    );
    expect(paused.StatusCount).toMatchObject({ FailureCount: 1, TotalCount: 1 });
    const smoke = expectWireShape(
      zStatusAnswer,
      await engine.call("GetInstanceStatusStatistic", { ProjectEnv: "PROD", ProjectId: PROJECT, BizDate: "2024-05-25 00:00:00", DagType: "SMOKE_TEST" }),
    );
    expect(smoke.StatusCount).toMatchObject({ FailureCount: 1, TotalCount: 1 });
    expect((await engine.fail("GetInstanceStatusStatistic", { ProjectEnv: "PROD", ProjectId: PROJECT })).code).toBe("MissingParameter");
    expect((await engine.fail("GetInstanceStatusStatistic", { ProjectEnv: "PROD", ProjectId: PROJECT, BizDate: "2024-02-30" })).code).toBe("InvalidParameter");
  });

  it("GetFileTypeStatistic counts deployed nodes per program type", async () => {
    const answer = expectWireShape(zFileTypeAnswer, await engine.call("GetFileTypeStatistic", { ProjectEnv: "PROD", ProjectId: PROJECT }));
    expect(answer.ProgramTypeAndCounts).toEqual([
      { Count: 5, ProgramType: "SHELL" },
      { Count: 1, ProgramType: "ODPS_SQL" },
      { Count: 1, ProgramType: "VIRTUAL" },
    ]);
  });

  it("answers an unknown workspace with Invalid.Tenant.ProjectNotExists", async () => {
    for (const action of ["ListSuccessInstanceAmount", "TopTenErrorTimesInstance", "TopTenElapsedTimeInstance"]) {
      expect((await engine.fail(action, { ProjectId: "3" })).code).toBe("Invalid.Tenant.ProjectNotExists");
    }
  });
});
