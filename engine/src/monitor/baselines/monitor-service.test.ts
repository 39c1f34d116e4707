import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFakeClock, type FakeClock } from "../../runtime/clock";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { findBaselineInstance } from "../../store/queries/monitor/baseline-instances";
import type { RaiseAlertInput } from "../alerts/raise-alert";
import { createBaselineMonitor, type BaselineMonitor } from "./monitor-service";
import { BASELINE_ID, CURRENT, EventBus, HOUR, MINUTE, moveInstance, seedMonitorFixture, T0 } from "./testing/monitor-fixture";

const DAY = 24 * HOUR;

describe("the baseline monitor on a fake clock", () => {
  let db: TestDatabase;
  let clock: FakeClock;
  let events: EventBus;
  let monitor: BaselineMonitor;
  let alerts: RaiseAlertInput[];

  beforeEach(async () => {
    db = await createTestDatabase("sqlite");
    await seedMonitorFixture(db);
    clock = createFakeClock(T0 + 30 * MINUTE);
    events = new EventBus();
    alerts = [];
    monitor = createBaselineMonitor({
      db,
      events,
      clock,
      refreshIntervalMs: DAY,
      raiseAlert: async (_db, alert) => {
        alerts.push(alert);
        return { alertId: alerts.length, deduplicated: false, status: "READY_TO_SEND" };
      },
    });
    await monitor.start();
  }, 60_000);

  afterEach(async () => {
    await monitor?.stop();
    await db?.drop();
  });

  const current = () => findBaselineInstance(db, BASELINE_ID, T0 - DAY, 1);

  async function at(time: number): Promise<void> {
    await clock.advanceTo(time);
    await monitor.idle();
    await monitor.evaluateNow();
  }

  async function move(key: keyof typeof CURRENT, change: Parameters<typeof moveInstance>[3]): Promise<void> {
    await moveInstance(db, events, CURRENT[key], change);
    await monitor.idle();
  }

  it("starts SAFE with the predicted finish, buffer, key path and blocking instance, and arms a timer", async () => {
    expect(await current()).toMatchObject({
      status: "SAFE",
      finishStatus: "UNFINISH",
      slaTime: T0 + 4 * HOUR,
      expTime: T0 + 3 * HOUR,
      // extract 1:00–1:10, transform 1:10–1:30, report 1:30–1:35.
      endCast: T0 + 95 * MINUTE,
      buffer: (4 * 60 - 95) * 60,
      keyPath: [CURRENT.extract, CURRENT.transform, CURRENT.report],
      lastInstanceId: CURRENT.report,
      blockInstanceId: CURRENT.extract,
    });
    expect(clock.pendingTimers()).toBeGreaterThan(0);
  });

  it("goes SAFE → DANGROUS → ERROR → OVER, then FINISH; opens and closes topics; pages once per condition", async () => {
    await move("side", { status: "RUNNING", at: T0 + 30 * MINUTE, beginRunningTime: T0 + 30 * MINUTE, attempt: 1 });
    await move("side", { status: "SUCCESS", at: T0 + 31 * MINUTE, finishTime: T0 + 31 * MINUTE });
    await at(T0 + HOUR);
    await move("extract", { status: "RUNNING", at: T0 + HOUR, beginRunningTime: T0 + HOUR, attempt: 1 });
    expect((await current())?.blockInstanceId).toBe(CURRENT.extract);

    // Overdue from 1:10: the finish moves with the clock. 2:34 + 25 min = 2:59 is still before the alert time.
    await at(T0 + 154 * MINUTE);
    expect(await current()).toMatchObject({ status: "SAFE", endCast: T0 + 179 * MINUTE });
    // SLOW: twice its usual 10 min (and a minute more) passed at 1:20.
    const slow = await db.prisma.topic.findFirstOrThrow({ where: { instanceId: CURRENT.extract, topicType: "SLOW" } });
    expect(slow).toMatchObject({ topicStatus: "NEW", isOpen: true, baselineId: BASELINE_ID, baselineStatus: "SAFE" });

    await at(T0 + 156 * MINUTE);
    expect(await current()).toMatchObject({ status: "DANGROUS", endCast: T0 + 181 * MINUTE, buffer: (240 - 181) * 60 });

    await move("extract", { status: "FAILURE", at: T0 + 160 * MINUTE, finishTime: T0 + 160 * MINUTE });
    expect((await current())?.status).toBe("ERROR");
    const error = await db.prisma.topic.findFirstOrThrow({ where: { instanceId: CURRENT.extract, topicType: "ERROR" } });
    expect(error).toMatchObject({ topicStatus: "NEW", topicName: "extract failed", nodeOwner: "bob", baselineId: BASELINE_ID, baselineStatus: "ERROR" });
    expect(await db.prisma.topicInfluence.count({ where: { topicId: error.id } })).toBe(1);

    await at(T0 + 4 * HOUR + 1);
    expect((await current())?.status).toBe("OVER");
    await at(T0 + 4 * HOUR + 10 * MINUTE);
    expect((await current())?.status).toBe("OVER");

    await move("extract", { status: "RUNNING", at: T0 + 250 * MINUTE, beginRunningTime: T0 + 250 * MINUTE, finishTime: null, attempt: 2 });
    await move("extract", { status: "SUCCESS", at: T0 + 260 * MINUTE, finishTime: T0 + 260 * MINUTE });
    const recovered = await db.prisma.topic.findMany({ where: { instanceId: CURRENT.extract }, orderBy: { id: "asc" } });
    expect(recovered.map((topic) => [topic.topicType, topic.topicStatus, topic.isOpen, Number(topic.fixTime)])).toEqual([
      ["SLOW", "RECOVER", false, T0 + 260 * MINUTE],
      ["ERROR", "RECOVER", false, T0 + 260 * MINUTE],
    ]);
    await move("transform", { status: "RUNNING", at: T0 + 260 * MINUTE, beginRunningTime: T0 + 260 * MINUTE, attempt: 1 });
    await move("transform", { status: "SUCCESS", at: T0 + 280 * MINUTE, finishTime: T0 + 280 * MINUTE });
    await move("report", { status: "RUNNING", at: T0 + 280 * MINUTE, beginRunningTime: T0 + 280 * MINUTE, attempt: 1 });
    await move("report", { status: "SUCCESS", at: T0 + 285 * MINUTE, finishTime: T0 + 285 * MINUTE });
    expect(await current()).toMatchObject({ status: "OVER", finishStatus: "FINISH", finishTime: T0 + 285 * MINUTE, buffer: -45 * 60, blockInstanceId: CURRENT.report });

    expect(alerts.map((alert) => [alert.source, alert.dedupeKey])).toEqual([
      ["TOPIC_ALERT", `topic:${slow.id}`],
      ["SLA_ALERT", `sla:${BASELINE_ID}:2024-05-26:1:DANGROUS`],
      ["SLA_ALERT", `sla:${BASELINE_ID}:2024-05-26:1:ERROR`],
      ["TOPIC_ALERT", `topic:${error.id}`],
      ["SLA_ALERT", `sla:${BASELINE_ID}:2024-05-26:1:OVER`],
    ]);
    expect(alerts[1]?.receivers.users).toEqual(["alice", "carol"]);
  }, 120_000);

  it("recovers to SAFE when the blocking instance is rerun and catches up", async () => {
    await move("side", { status: "SUCCESS", at: T0 + 31 * MINUTE, beginRunningTime: T0 + 30 * MINUTE, finishTime: T0 + 31 * MINUTE });
    await at(T0 + HOUR);
    await move("extract", { status: "FAILURE", at: T0 + 62 * MINUTE, beginRunningTime: T0 + HOUR, finishTime: T0 + 62 * MINUTE, attempt: 1 });
    expect((await current())?.status).toBe("ERROR");
    await move("extract", { status: "RUNNING", at: T0 + 70 * MINUTE, beginRunningTime: T0 + 70 * MINUTE, finishTime: null, attempt: 2 });
    // Running again from 1:10: extract 1:20, transform 1:40, report 1:45.
    expect(await current()).toMatchObject({ status: "SAFE", endCast: T0 + 105 * MINUTE, blockInstanceId: CURRENT.extract });
  }, 60_000);

  it("keeps finished earlier bizdates with their final status and does not page for them", async () => {
    const earlier = await findBaselineInstance(db, BASELINE_ID, T0 - 2 * DAY, 1);
    // History ran report from 1:15 to 1:20 each day.
    expect(earlier).toMatchObject({ status: "SAFE", finishStatus: "FINISH", finishTime: T0 - DAY + 80 * MINUTE });
    expect(alerts).toEqual([]);
  });
});

describe("ERROR from a failure off the key path", () => {
  it("is ERROR when a failed instance holds back the baseline even though a slower branch decides the finish", async () => {
    const db = await createTestDatabase("sqlite");
    try {
      await seedMonitorFixture(db);
      const events = new EventBus();
      const clock = createFakeClock(T0 + 30 * MINUTE);
      const monitor = createBaselineMonitor({ db, events, clock, refreshIntervalMs: DAY });
      await monitor.start();
      // side fails at 0:31; the key path still runs through extract → transform (later), yet report can never start.
      await moveInstance(db, events, CURRENT.side, { status: "FAILURE", at: T0 + 31 * MINUTE, beginRunningTime: T0 + 30 * MINUTE, finishTime: T0 + 31 * MINUTE, attempt: 1 });
      await monitor.idle();
      const record = await findBaselineInstance(db, BASELINE_ID, T0 - DAY, 1);
      expect(record?.keyPath).toEqual([CURRENT.extract, CURRENT.transform, CURRENT.report]);
      expect(record?.status).toBe("ERROR");
      await monitor.stop();
    } finally {
      await db.drop();
    }
  }, 60_000);
});
