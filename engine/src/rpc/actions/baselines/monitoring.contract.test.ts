import RPCClient from "@alicloud/pop-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createBaselineMonitor, type BaselineMonitor } from "../../../monitor/baselines/monitor-service";
import { BASELINE_ID, CURRENT, EventBus, MINUTE, MONITOR_PROJECT_ID, moveInstance, NODES, seedMonitorFixture, T0 } from "../../../monitor/baselines/testing/monitor-fixture";
import { createFakeClock } from "../../../runtime/clock";
import { testDialects } from "../../../store/queries/testing/dialects";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { createRpcGateway } from "../../gateway";
import { ALL_ACTIONS } from "../../registry";
import { createRpcServer, type RpcServer } from "../../server";
import { exactDigits, expectWireShape, standardEnvelope, zWireInt, zWireLong, zWireTime } from "../testing/wire-schemas";

const KEY = { id: "LTAImonitorContract0000", secret: "monitor-contract-secret-0123456789" };
const TWENTY_YEARS_SECONDS = 20 * 366 * 86_400;
const BIZDATE = "2024-05-26T00:00:00+0000";
const NOW = T0 + 75 * MINUTE;

type PopError = Error & { code?: string };

const zStatusWire = z.strictObject({
  BaselineId: zWireLong,
  BaselineName: z.string(),
  Bizdate: zWireLong,
  Buffer: zWireInt.nullable(),
  EndCast: zWireTime,
  ExpTime: zWireLong,
  FinishStatus: z.enum(["FINISH", "UNFINISH"]),
  FinishTime: zWireTime.optional(),
  InGroupId: zWireInt,
  Owner: z.string(),
  Priority: zWireInt,
  ProjectId: zWireLong,
  SlaTime: zWireLong,
  Status: z.enum(["SAFE", "DANGROUS", "OVER", "ERROR"]),
});
const zInstanceRef = z.strictObject({ InstanceId: zWireLong, NodeId: zWireLong, NodeName: z.string(), Owner: z.string(), ProjectId: zWireLong, Status: z.string(), EndCast: zWireTime, FinishTime: zWireTime }).nullable();
const zRunWire = z.strictObject({
  Owner: z.string(),
  NodeName: z.string(),
  Bizdate: zWireLong,
  ProjectId: zWireLong,
  InstanceId: zWireLong,
  NodeId: zWireLong,
  InGroupId: zWireInt,
  Status: z.string(),
  AbsTime: zWireLong,
  BeginCast: zWireLong,
  EndCast: zWireLong,
  CycTime: zWireLong,
  BeginWaitTimeTime: zWireTime,
  BeginWaitResTime: zWireTime,
  BeginRunningTime: zWireTime,
  FinishTime: zWireTime,
});
const zKeyPathEntry = z.strictObject({
  Owner: z.string(),
  NodeName: z.string(),
  Bizdate: zWireLong,
  ProjectId: zWireLong,
  InstanceId: zWireLong,
  NodeId: zWireLong,
  InGroupId: zWireInt,
  PrgType: zWireInt.nullable(),
  Runs: z.array(zRunWire),
  Topics: z.array(z.strictObject({ TopicId: zWireLong, TopicName: z.string(), InstanceId: zWireLong, AddTime: zWireLong })),
});

describe.each(await testDialects())("baseline and topic Actions through pop-core on %s", (dialect) => {
  let db: TestDatabase;
  let server: RpcServer;
  let monitor: BaselineMonitor;
  let client: RPCClient;

  const call = <T = Record<string, unknown>>(action: string, params: Record<string, string> = {}) => client.request<T>(action, params, { method: "POST" });
  async function fail(action: string, params: Record<string, string>): Promise<PopError> {
    try {
      await call(action, params);
    } catch (error) {
      return error as PopError;
    }
    throw new Error(`expected ${action} to fail`);
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedMonitorFixture(db);
    const events = new EventBus();
    const clock = createFakeClock(T0 + 30 * MINUTE);
    monitor = createBaselineMonitor({ db, events, clock, refreshIntervalMs: 86_400_000 });
    await monitor.start();
    await clock.advanceTo(T0 + 70 * MINUTE);
    await moveInstance(db, events, CURRENT.side, { status: "SUCCESS", at: T0 + 31 * MINUTE, beginRunningTime: T0 + 30 * MINUTE, finishTime: T0 + 31 * MINUTE, attempt: 1 });
    await moveInstance(db, events, CURRENT.extract, { status: "FAILURE", at: T0 + 70 * MINUTE, beginRunningTime: T0 + 60 * MINUTE, finishTime: T0 + 70 * MINUTE, attempt: 1 });
    await monitor.idle();
    await clock.advanceTo(NOW);
    await monitor.evaluateNow();
    await monitor.idle();
    const gateway = createRpcGateway({
      db,
      events,
      accessKeys: [KEY],
      actions: ALL_ACTIONS,
      region: "cn-local",
      clock: { now: () => NOW },
      maxSkewSeconds: TWENTY_YEARS_SECONDS,
      rateLimitScale: 0,
      logError: (message, error) => console.error(message, error),
    });
    server = createRpcServer({ host: "127.0.0.1", port: 0, gateway });
    await server.listen();
    client = new RPCClient({ endpoint: server.url(), apiVersion: "2020-05-18", accessKeyId: KEY.id, accessKeySecret: KEY.secret });
  }, 120_000);

  afterAll(async () => {
    await monitor?.stop();
    await server?.close();
    await db?.drop();
  });

  it("ListBaselineConfigs and GetBaselineConfig answer the spec's fields, DAILY times as hours and minutes", async () => {
    const list = await call<{ Data: { TotalCount: number; Baselines: Record<string, unknown>[] } }>("ListBaselineConfigs", { ProjectId: String(MONITOR_PROJECT_ID), Priority: "7,8", BaselineTypes: "DAILY" });
    expect(list.Data.TotalCount).toBe(1);
    const config = await call<{ Data: Record<string, unknown> }>("GetBaselineConfig", { BaselineId: String(BASELINE_ID) });
    expect(config.Data).toEqual(list.Data.Baselines[0]);
    expect(config.Data).toMatchObject({ BaselineName: "daily_report", BaselineType: "DAILY", Owner: "alice,carol", Priority: 8, UseFlag: true, SlaHour: 4, SlaMinu: 0, ExpHour: 3, ExpMinu: 0, HourSlaDetail: "" });
    expect((await call<{ Data: { TotalCount: number } }>("ListBaselineConfigs", { ProjectId: String(MONITOR_PROJECT_ID), Owner: "bob" })).Data.TotalCount).toBe(0);
    expect((await fail("GetBaselineConfig", { BaselineId: "1" })).code).toBe("Invalid.Wkbench.BaselineNotExist");
    expect((await fail("ListBaselineConfigs", { ProjectId: String(MONITOR_PROJECT_ID), Priority: "2" })).code).toBe("InvalidParameter");
  });

  it("ListNodesByBaseline lists the baseline's nodes", async () => {
    const answer = await call<{ Data: unknown[] }>("ListNodesByBaseline", { BaselineId: String(BASELINE_ID) });
    expect(answer.Data).toEqual([{ NodeId: Number(NODES.report.id), NodeName: "report", Owner: "alice", ProjectId: Number(MONITOR_PROJECT_ID) }]);
  });

  it("ListBaselineStatuses filters by status, accepting DANGEROUS as an alias, and by topic", async () => {
    const zAnswer = standardEnvelope(z.strictObject({ PageNumber: zWireInt, PageSize: zWireInt, TotalCount: zWireInt, BaselineStatuses: z.array(zStatusWire) }));
    const errors = expectWireShape(zAnswer, await call("ListBaselineStatuses", { Bizdate: BIZDATE, Status: "ERROR,DANGEROUS" }));
    expect(errors.Data.BaselineStatuses.map((status) => [exactDigits(status.BaselineId), status.Status, status.FinishStatus])).toEqual([[String(BASELINE_ID), "ERROR", "UNFINISH"]]);
    const safe = expectWireShape(zAnswer, await call("ListBaselineStatuses", { Bizdate: BIZDATE, Status: "SAFE" }));
    expect(safe.Data.TotalCount).toBe(0);
    const topic = await db.prisma.topic.findFirstOrThrow({ where: { instanceId: CURRENT.extract } });
    const byTopic = expectWireShape(zAnswer, await call("ListBaselineStatuses", { Bizdate: BIZDATE, TopicId: String(topic.id) }));
    expect(byTopic.Data.TotalCount).toBe(1);
    expect((await fail("ListBaselineStatuses", { Bizdate: BIZDATE, Status: "LATE" })).code).toBe("InvalidParameter");
  });

  it("GetBaselineStatus answers ERROR with the failed instance blocking and the report last", async () => {
    const zAnswer = standardEnvelope(zStatusWire.extend({ BlockInstance: zInstanceRef, LastInstance: zInstanceRef }));
    const answer = expectWireShape(zAnswer, await call("GetBaselineStatus", { BaselineId: String(BASELINE_ID), Bizdate: BIZDATE, InGroupId: "1" }));
    // extract reruns "now" (1:15) for 10 min, transform 20 min, report 5 min: 1:50.
    expect(answer.Data).toMatchObject({ Status: "ERROR", EndCast: T0 + 110 * MINUTE, Buffer: (240 - 110) * 60, SlaTime: T0 + 240 * MINUTE, ExpTime: T0 + 180 * MINUTE });
    expect(answer.Data.BlockInstance).toMatchObject({ InstanceId: Number(CURRENT.extract), NodeName: "extract", Owner: "bob", Status: "FAILURE", EndCast: T0 + 85 * MINUTE });
    expect(answer.Data.LastInstance).toMatchObject({ InstanceId: Number(CURRENT.report), Status: "NOT_RUN", EndCast: T0 + 110 * MINUTE });
    expect((await fail("GetBaselineStatus", { BaselineId: String(BASELINE_ID), Bizdate: BIZDATE, InGroupId: "2" })).code).toBe("Invalid.Wkbench.BaselineStatusNotExist");
  });

  it("GetBaselineKeyPath returns the path upstream first, with predicted and actual times and the topics on it", async () => {
    const answer = expectWireShape(standardEnvelope(z.array(zKeyPathEntry)), await call("GetBaselineKeyPath", { BaselineId: String(BASELINE_ID), Bizdate: BIZDATE, InGroupId: "1" }));
    expect(answer.Data.map((entry) => entry.NodeName)).toEqual(["extract", "transform", "report"]);
    const [extract, transform] = answer.Data;
    expect(extract?.Runs[0]).toMatchObject({ Status: "FAILURE", BeginCast: NOW, EndCast: NOW + 10 * MINUTE, AbsTime: NOW + 10 * MINUTE, BeginRunningTime: T0 + 60 * MINUTE, FinishTime: T0 + 70 * MINUTE });
    expect(extract?.Topics).toEqual([expect.objectContaining({ TopicName: "extract failed" })]);
    expect(transform?.Runs[0]).toMatchObject({ Status: "NOT_RUN", BeginCast: NOW + 10 * MINUTE, EndCast: NOW + 30 * MINUTE });
  });

  it("ListTopics, GetTopic and GetTopicInfluence describe the event and the baselines it threatens", async () => {
    const range = { BeginTime: "2024-05-27T00:00:00+0000", EndTime: "2024-05-27T23:59:59+0000" };
    const list = await call<{ Data: { TotalCount: number; Topics: Record<string, unknown>[] } }>("ListTopics", { ...range, TopicTypes: "ERROR", TopicStatuses: "NEW" });
    expect(list.Data.TotalCount).toBe(1);
    const topicId = String(list.Data.Topics[0]?.TopicId);
    expect(list.Data.Topics[0]).toMatchObject({ TopicName: "extract failed", TopicType: "ERROR", TopicStatus: "NEW", NodeName: "extract", NodeOwner: "bob", HappenTime: T0 + 70 * MINUTE, AddTime: T0 + 70 * MINUTE });
    const topic = await call<{ Data: Record<string, unknown> }>("GetTopic", { TopicId: topicId });
    expect(topic.Data).toMatchObject({ BaselineId: Number(BASELINE_ID), BaselineName: "daily_report", BaselineInGroupId: 1, BaselineStatus: "ERROR", Owner: "bob" });
    const influence = await call<{ Data: { TopicId: number; Influences: Record<string, unknown>[] } }>("GetTopicInfluence", { TopicId: topicId });
    expect(influence.Data.TopicId).toBe(Number(topicId));
    expect(influence.Data.Influences).toEqual([
      expect.objectContaining({ BaselineId: Number(BASELINE_ID), BaselineName: "daily_report", InGroupId: 1, Status: "ERROR", Priority: 8, Owner: "alice,carol", Bizdate: T0 - 86_400_000 }),
    ]);
    expect((await fail("ListTopics", { ...range, NodeId: "1", InstanceId: "2" })).code).toBe("Invalid.Wkbench.Parameter");
    expect((await fail("GetTopic", { TopicId: "999999" })).code).toBe("Invalid.Wkbench.TopicNotExist");
  });

  it("UpdateTopic (extension) records who handled the event, when and why, and is idempotent", async () => {
    const topic = await db.prisma.topic.findFirstOrThrow({ where: { instanceId: CURRENT.extract } });
    const first = await call<{ Data: Record<string, unknown> }>("UpdateTopic", { TopicId: String(topic.id), TopicStatus: "FIXING", Note: "rerunning after the DB fix", Operator: "dave" });
    expect(first.Data).toMatchObject({ TopicStatus: "FIXING", DealUser: "dave", DealTime: NOW, DealNote: "rerunning after the DB fix", Assigner: "dave", Changed: true });
    const again = await call<{ Data: Record<string, unknown> }>("UpdateTopic", { TopicId: String(topic.id), TopicStatus: "FIXING", Note: "again", Operator: "dave" });
    expect(again.Data.Changed).toBe(false);
    const actions = await db.prisma.topicAction.findMany({ where: { topicId: topic.id, operator: "dave" } });
    expect(actions.map((action) => [action.fromStatus, action.toStatus, action.note])).toEqual([["NEW", "FIXING", "rerunning after the DB fix"]]);
    expect((await fail("UpdateTopic", { TopicId: String(topic.id), TopicStatus: "DONE" })).code).toBe("InvalidParameter");
  });
});
