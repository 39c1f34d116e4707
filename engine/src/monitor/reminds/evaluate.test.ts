import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeClock, type FakeClock } from "../../runtime/clock";
import { insertRemind, type RemindWrite } from "../../store/queries/alerts/reminds";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { evaluateReminds } from "./evaluate";
import { bizProcessIdOf } from "./model";

const TZ = "Asia/Shanghai";
const PROJECT = 10_001n;
const NODE_A = 700_000_001n;
const NODE_B = 700_000_002n;
const BASELINE = 555n;
/** 2024-05-27 00:00 in Shanghai. */
const MIDNIGHT = Date.UTC(2024, 4, 26, 16, 0);
const at = (hh: number, mm = 0) => MIDNIGHT + (hh * 60 + mm) * 60_000;
let nextInstanceId = 11_000_000_001n;

describe("remind rules on a fake clock", () => {
  let database: TestDatabase;
  let clock: FakeClock;

  async function rule(overrides: Partial<RemindWrite>): Promise<number> {
    return insertRemind(
      database.prisma,
      {
        projectId: PROJECT,
        name: `rule-${Math.random().toString(36).slice(2, 8)}`,
        founder: "alice",
        remindUnit: "NODE",
        objectIds: [String(NODE_A)],
        remindType: "FINISHED",
        detail: "",
        alertUnit: "OWNER",
        alertTargets: [],
        alertMethods: ["MAIL"],
        robotUrls: [],
        webhooks: [],
        dndEnd: "",
        maxAlertTimes: 3,
        alertIntervalSeconds: 1800,
        useFlag: true,
        ...overrides,
      },
      clock.now(),
    );
  }

  async function instance(nodeId: bigint, fields: { status: string; cycTime?: number; finishTime?: number; beginRunningTime?: number; inGroupId?: number }): Promise<bigint> {
    const id = nextInstanceId++;
    const cycTime = BigInt(fields.cycTime ?? at(0, 30));
    await database.prisma.instance.create({
      data: {
        id, projectId: PROJECT, nodeId, dagId: id, dagType: "DAILY", bizdate: BigInt(MIDNIGHT - 86_400_000), cycTime, dueTime: cycTime,
        inGroupId: fields.inGroupId ?? 1, status: fields.status, taskType: "NORMAL", priority: 1, resourceGroupId: 20_001n,
        createTime: cycTime, modifyTime: cycTime,
        finishTime: fields.finishTime === undefined ? null : BigInt(fields.finishTime),
        beginRunningTime: fields.beginRunningTime === undefined ? null : BigInt(fields.beginRunningTime),
      },
    });
    return id;
  }

  const remindAlerts = (remindId: number) => database.prisma.alertMessage.findMany({ where: { remindId }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await database.prisma.project.create({ data: { id: PROJECT, identifier: "shop", name: "shop", timezone: TZ, ownerId: "owner-1", createdAt: 0n, modifiedAt: 0n } });
    const node = { projectId: PROJECT, programType: "SHELL", fileType: 6, cronExpress: "00 30 00 * * ?", cycleType: "DAY", resourceGroupId: 20_001n, createdAt: 0n, modifiedAt: 0n };
    await database.prisma.node.create({ data: { ...node, id: NODE_A, name: "ods_orders", ownerId: "owner-a", businessName: "sales", baselineId: BASELINE } });
    await database.prisma.node.create({ data: { ...node, id: NODE_B, name: "dws_sales", ownerId: "owner-b" } });
  });
  afterAll(async () => database?.drop());
  beforeEach(async () => {
    await database.prisma.instance.deleteMany({});
    await database.prisma.remind.deleteMany({});
    await database.prisma.alertMessage.deleteMany({});
    await database.prisma.alertDedupe.deleteMany({});
    await database.prisma.alertDelivery.deleteMany({});
    clock = createFakeClock(at(1));
  });

  it("FINISHED reports a successful run once, to the node owner", async () => {
    const remindId = await rule({ remindType: "FINISHED" });
    const id = await instance(NODE_A, { status: "SUCCESS", finishTime: at(1, 5) });
    await clock.advanceTo(at(1, 10));
    await evaluateReminds(database, clock.now());
    await clock.advance(60 * 60_000);
    await evaluateReminds(database, clock.now());
    const alerts = await remindAlerts(remindId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ source: "REMIND_ALERT", instanceId: id, users: '["owner-a"]', title: "ods_orders: finished" });
  });

  it("ERROR reports a failure once, and a rerun that fails again after the interval once more", async () => {
    const remindId = await rule({ remindType: "ERROR" });
    const id = await instance(NODE_A, { status: "FAILURE", finishTime: at(1, 2) });
    await clock.advanceTo(at(1, 5));
    await evaluateReminds(database, clock.now());
    await evaluateReminds(database, clock.now() + 60_000);
    expect(await remindAlerts(remindId)).toHaveLength(1);
    // Rerun, failing again 40 minutes later: a new occurrence past the 30-minute interval.
    await database.prisma.instance.update({ where: { id }, data: { finishTime: BigInt(at(1, 45)) } });
    await clock.advanceTo(at(1, 46));
    await evaluateReminds(database, clock.now());
    expect(await remindAlerts(remindId)).toHaveLength(2);
  });

  it("UNFINISHED fires at its deadline, not before, then again only after the alert interval", async () => {
    const remindId = await rule({ remindType: "UNFINISHED", detail: '{"hour":2,"minu":0}', objectIds: [String(NODE_B)] });
    await instance(NODE_B, { status: "RUNNING", beginRunningTime: at(0, 40) });
    await clock.advanceTo(at(1, 59));
    await evaluateReminds(database, clock.now());
    expect(await remindAlerts(remindId)).toHaveLength(0);
    await clock.advanceTo(at(2, 0));
    await evaluateReminds(database, clock.now());
    await clock.advanceTo(at(2, 29));
    await evaluateReminds(database, clock.now());
    expect(await remindAlerts(remindId)).toHaveLength(1);
    await clock.advanceTo(at(2, 30));
    await evaluateReminds(database, clock.now());
    const alerts = await remindAlerts(remindId);
    expect(alerts).toHaveLength(2);
    expect(alerts[0]!.title).toBe("dws_sales: not finished by 02:00");
  });

  it("CYCLE_UNFINISHED fires per cycle at that cycle's deadline", async () => {
    const remindId = await rule({ remindType: "CYCLE_UNFINISHED", detail: '{"1":"01:50","2":"02:50"}', objectIds: [String(NODE_B)] });
    await instance(NODE_B, { status: "WAIT_TIME", cycTime: at(0, 10), inGroupId: 1 });
    await instance(NODE_B, { status: "NOT_RUN", cycTime: at(1, 10), inGroupId: 2 });
    await clock.advanceTo(at(1, 50));
    await evaluateReminds(database, clock.now());
    expect((await remindAlerts(remindId)).map((alert) => alert.title)).toEqual(["dws_sales: cycle 1 not finished by 01:50"]);
    await clock.advanceTo(at(2, 50));
    await evaluateReminds(database, clock.now());
    // Cycle 1 is still unfinished an hour later, past the 30-minute interval: it pages again.
    expect((await remindAlerts(remindId)).map((alert) => alert.title)).toEqual([
      "dws_sales: cycle 1 not finished by 01:50",
      "dws_sales: cycle 1 not finished by 01:50",
      "dws_sales: cycle 2 not finished by 02:50",
    ]);
  });

  it("TIMEOUT fires once a run exceeds its allowed duration", async () => {
    const remindId = await rule({ remindType: "TIMEOUT", detail: "1800", remindUnit: "PROJECT", objectIds: [String(PROJECT)], alertUnit: "OTHER", alertTargets: ["oncall"] });
    await instance(NODE_A, { status: "RUNNING", beginRunningTime: at(1, 0) });
    await clock.advanceTo(at(1, 29));
    await evaluateReminds(database, clock.now());
    expect(await remindAlerts(remindId)).toHaveLength(0);
    await clock.advanceTo(at(1, 31));
    await evaluateReminds(database, clock.now());
    const alerts = await remindAlerts(remindId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ users: '["oncall"]', title: "ods_orders: running over 30 min" });
  });

  it("BASELINE and BIZPROCESS units cover their nodes", async () => {
    const byBaseline = await rule({ remindType: "ERROR", remindUnit: "BASELINE", objectIds: [String(BASELINE)] });
    const byProcess = await rule({ remindType: "ERROR", remindUnit: "BIZPROCESS", objectIds: [bizProcessIdOf(PROJECT, "sales")] });
    const failedA = await instance(NODE_A, { status: "FAILURE", finishTime: at(1, 1) });
    await instance(NODE_B, { status: "FAILURE", finishTime: at(1, 1) });
    await clock.advanceTo(at(1, 5));
    await evaluateReminds(database, clock.now());
    expect((await remindAlerts(byBaseline)).map((alert) => alert.instanceId)).toEqual([failedA]);
    expect((await remindAlerts(byProcess)).map((alert) => alert.instanceId)).toEqual([failedA]);
  });

  it("does not page inside the do-not-disturb window and reports what happened when it ends", async () => {
    const remindId = await rule({ remindType: "FINISHED", dndStart: "00:00", dndEnd: "08:00" });
    await instance(NODE_A, { status: "SUCCESS", finishTime: at(3, 0) });
    await clock.advanceTo(at(3, 5));
    const quiet = await evaluateReminds(database, clock.now());
    expect(quiet.rulesInDoNotDisturb).toBeGreaterThanOrEqual(1);
    await clock.advanceTo(at(7, 59));
    await evaluateReminds(database, clock.now());
    expect(await remindAlerts(remindId)).toHaveLength(0);
    await clock.advanceTo(at(8, 0));
    await evaluateReminds(database, clock.now());
    expect(await remindAlerts(remindId)).toHaveLength(1);
  });

  it("stops paging at the daily maximum (stored as SEND_OVERLIMIT) and pages again the next day", async () => {
    const remindId = await rule({ remindType: "ERROR", maxAlertTimes: 2, objectIds: [String(NODE_B)] });
    for (let index = 0; index < 3; index++) await instance(NODE_B, { status: "FAILURE", cycTime: at(0, index), finishTime: at(1, index) });
    await clock.advanceTo(at(1, 10));
    await evaluateReminds(database, clock.now());
    expect((await remindAlerts(remindId)).map((alert) => alert.status)).toEqual(["SEND_FAIL", "SEND_FAIL", "SEND_OVERLIMIT"]);
    await instance(NODE_B, { status: "FAILURE", cycTime: at(24, 30), finishTime: at(25, 0) });
    await clock.advanceTo(at(25, 1));
    await evaluateReminds(database, clock.now());
    const statuses = (await remindAlerts(remindId)).map((alert) => alert.status);
    expect(statuses).toHaveLength(4);
    expect(statuses[3]).not.toBe("SEND_OVERLIMIT");
  });
});
