import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASELINE_ID, FIXTURE_NOW, NODE, PROJECT_ID } from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { raiseAlert } from "../../../monitor/alerts/raise-alert";
import { bizProcessIdOf } from "../../../monitor/reminds/model";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";

const PROJECT = String(PROJECT_ID);

type Envelope<T> = { RequestId: string; Success: boolean; HttpStatusCode: number; Data: T };

describe.each(await testDialects())("remind and alert Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
    await engine.database.prisma.baseline.create({
      data: { id: BASELINE_ID, projectId: PROJECT_ID, name: "orders_daily", owner: "owner-1", priority: 5, baselineType: "DAILY", slaDetail: '{"1":"06:00"}', alertMarginMinutes: 30, createdAt: 0n, modifiedAt: 0n },
    });
    await engine.database.prisma.alertChannel.create({ data: { projectId: PROJECT_ID, name: "ops-hook", kind: "WEBHOOK", url: "http://127.0.0.1:9/hook?access_token=secret-token", format: "slack" } });
  });
  afterAll(async () => engine?.close());

  const create = (params: Record<string, string>) => engine.call<Envelope<number>>("CreateRemind", { RemindName: "ods errors", RemindUnit: "NODE", NodeIds: String(NODE.ods), RemindType: "ERROR", AlertUnit: "OWNER", AlertMethods: "MAIL", ...params });

  describe("CreateRemind, GetRemind, UpdateRemind, ListReminds, DeleteRemind", () => {
    it("creates a rule with the spec's defaults and returns it from GetRemind", async () => {
      const created = await create({ DndEnd: "08:00", Webhooks: "ops-hook" });
      expect(created).toMatchObject({ Success: true, HttpStatusCode: 200 });
      expect(typeof created.Data).toBe("number");
      const got = await engine.call<Envelope<Record<string, unknown>>>("GetRemind", { RemindId: String(created.Data) });
      expect(got.Data).toMatchObject({
        RemindId: created.Data,
        RemindName: "ods errors",
        RemindUnit: "NODE",
        RemindType: "ERROR",
        Detail: "",
        AlertUnit: "OWNER",
        AlertTargets: [],
        AlertMethods: ["MAIL"],
        DndStart: "00:00",
        DndEnd: "08:00",
        MaxAlertTimes: 3,
        AlertInterval: 1800,
        Useflag: true,
        Founder: "LTAIcontractTest0000000",
        Webhooks: ["ops-hook"],
        Robots: [],
        Nodes: [{ NodeId: Number(NODE.ods), NodeName: expect.any(String), Owner: expect.any(String), ProjectId: Number(PROJECT_ID) }],
      });
    });

    it("updates only the given fields, clears robots with the literal undefined, and disables", async () => {
      const { Data: remindId } = await create({ RemindName: "dws late", NodeIds: String(NODE.dws), RemindType: "UNFINISHED", Detail: '{"hour":9,"minu":30}', AlertMethods: "MAIL,DINGROBOTS", RobotUrls: "http://127.0.0.1:9/robot?access_token=x" });
      await engine.call("UpdateRemind", { RemindId: String(remindId), MaxAlertTimes: "5" });
      let got = (await engine.call<Envelope<Record<string, unknown>>>("GetRemind", { RemindId: String(remindId) })).Data;
      expect(got).toMatchObject({ MaxAlertTimes: 5, Detail: '{"hour":9,"minu":30}', Robots: [{ WebUrl: "http://127.0.0.1:9/robot?access_token=x", AtAll: false }] });
      await engine.call("UpdateRemind", { RemindId: String(remindId), AlertMethods: "MAIL", RobotUrls: "undefined", UseFlag: "false", RemindType: "TIMEOUT", Detail: "1800" });
      got = (await engine.call<Envelope<Record<string, unknown>>>("GetRemind", { RemindId: String(remindId) })).Data;
      expect(got).toMatchObject({ Robots: [], Useflag: false, RemindType: "TIMEOUT", Detail: "1800", MaxAlertTimes: 5, RemindName: "dws late" });
    });

    it("covers baseline, project and business-process units and finds rules covering a node", async () => {
      const byBaseline = (await create({ RemindName: "baseline errors", RemindUnit: "BASELINE", BaselineIds: String(BASELINE_ID) })).Data;
      const byProject = (await create({ RemindName: "project slow", RemindUnit: "PROJECT", ProjectId: PROJECT, RemindType: "TIMEOUT", Detail: "3600", AlertUnit: "OTHER", AlertTargets: "oncall,lead" })).Data;
      const byProcess = (await create({ RemindName: "orders flow", RemindUnit: "BIZPROCESS", BizProcessIds: bizProcessIdOf(PROJECT_ID, "orders") })).Data;
      const got = (await engine.call<Envelope<Record<string, unknown>>>("GetRemind", { RemindId: String(byProcess) })).Data;
      expect(got.BizProcesses).toEqual([{ BizId: Number(bizProcessIdOf(PROJECT_ID, "orders")), BizProcessName: "orders" }]);
      const list = await engine.call<Envelope<{ TotalCount: number; PageNumber: number; PageSize: number; Reminds: { RemindId: number; AlertTargets: string[] }[] }>>("ListReminds", { PageNumber: "1", PageSize: "100", NodeId: String(NODE.dwd), ProjectId: PROJECT });
      const ids = list.Data.Reminds.map((rule) => rule.RemindId);
      expect(ids).toEqual(expect.arrayContaining([byBaseline, byProject, byProcess]));
      const searched = await engine.call<Envelope<{ TotalCount: number; Reminds: { RemindName: string }[] }>>("ListReminds", { PageNumber: "1", PageSize: "10", SearchText: "SLOW", RemindTypes: "TIMEOUT", AlertTarget: "lead" });
      expect(searched.Data.Reminds.map((rule) => rule.RemindName)).toEqual(["project slow"]);
      expect(searched.Data.TotalCount).toBe(1);
    });

    it("deletes a rule; a second delete and a get answer RemindNotExist", async () => {
      const { Data: remindId } = await create({ RemindName: "to delete" });
      expect((await engine.call<Envelope<boolean>>("DeleteRemind", { RemindId: String(remindId) })).Data).toBe(true);
      expect((await engine.fail("DeleteRemind", { RemindId: String(remindId) })).code).toBe("Invalid.Wkbench.RemindNotExist");
      expect((await engine.fail("GetRemind", { RemindId: String(remindId) })).code).toBe("Invalid.Wkbench.RemindNotExist");
      expect((await engine.fail("UpdateRemind", { RemindId: String(remindId), MaxAlertTimes: "2" })).code).toBe("Invalid.Wkbench.RemindNotExist");
    });
  });

  describe("validation errors name the field", () => {
    it.each([
      [{ RemindType: "FINISH" }, "InvalidParameter", "RemindType"],
      [{ RemindUnit: "TABLE" }, "InvalidParameter", "RemindUnit"],
      [{ AlertMethods: "MAIL,PIGEON" }, "InvalidParameter", "AlertMethods"],
      [{ MaxAlertTimes: "11" }, "InvalidParameter", "MaxAlertTimes"],
      [{ AlertInterval: "600" }, "InvalidParameter", "AlertInterval"],
      [{ DndEnd: "24:00" }, "InvalidParameter", "DndEnd"],
      [{ RemindName: "x".repeat(129) }, "InvalidParameter", "RemindName"],
      [{ NodeIds: "1,abc" }, "InvalidParameter", "NodeIds"],
      [{ RobotUrls: "ftp://127.0.0.1/robot" }, "InvalidParameter", "RobotUrls"],
      [{ RemindType: "UNFINISHED", Detail: '{"hour":48,"minu":0}' }, "Invalid.Wkbench.Parameter", "Detail"],
      [{ RemindType: "CYCLE_UNFINISHED", Detail: '{"0":"05:50"}' }, "Invalid.Wkbench.Parameter", "Detail"],
      [{ RemindType: "TIMEOUT", Detail: "soon" }, "Invalid.Wkbench.Parameter", "Detail"],
      [{ RemindType: "ERROR", Detail: "1800" }, "Invalid.Wkbench.Parameter", "Detail"],
      [{ AlertUnit: "OTHER" }, "Invalid.Wkbench.Parameter", "AlertTargets"],
      [{ AlertUnit: "OTHER", AlertTargets: Array.from({ length: 11 }, (_, index) => `u${index}`).join(",") }, "Invalid.Wkbench.Parameter", "AlertTargets"],
      [{ NodeIds: Array.from({ length: 51 }, (_, index) => String(index + 1)).join(",") }, "Invalid.Wkbench.Parameter", "NodeIds"],
      [{ RemindUnit: "BASELINE" }, "Invalid.Wkbench.Parameter", "BaselineIds"],
      [{ AlertMethods: "DINGROBOTS" }, "Invalid.Wkbench.Parameter", "RobotUrls"],
      [{ Webhooks: "nope" }, "Invalid.Wkbench.Parameter", "Webhooks"],
    ])("CreateRemind %j answers %s naming %s", async (params, code, field) => {
      const error = await engine.fail("CreateRemind", { RemindName: "bad", RemindUnit: "NODE", NodeIds: String(NODE.ods), RemindType: "ERROR", AlertUnit: "OWNER", AlertMethods: "MAIL", ...params });
      expect(error.code).toBe(code);
      expect(error.message).toContain(field);
    });

    it("answers missing required parameters and unknown objects", async () => {
      expect((await engine.fail("CreateRemind", { RemindUnit: "NODE", NodeIds: String(NODE.ods), RemindType: "ERROR", AlertUnit: "OWNER", AlertMethods: "MAIL" })).message).toContain("RemindName");
      expect((await engine.fail("CreateRemind", { RemindName: "n", RemindUnit: "NODE", NodeIds: "999", RemindType: "ERROR", AlertUnit: "OWNER", AlertMethods: "MAIL" })).code).toBe("Invalid.Wkbench.NodeNotExist");
      expect((await engine.fail("CreateRemind", { RemindName: "n", RemindUnit: "BASELINE", BaselineIds: "999", RemindType: "ERROR", AlertUnit: "OWNER", AlertMethods: "MAIL" })).code).toBe("Invalid.Wkbench.BaselineNotExist");
      expect((await engine.fail("GetRemind", { RemindId: "x" })).message).toContain("RemindId");
    });
  });

  describe("ListAlertMessages and SendTestAlert", () => {
    it("lists alert messages with the spec's fields, the source sub-structure, and filters", async () => {
      await raiseAlert(engine.database, {
        source: "REMIND_ALERT",
        projectId: PROJECT_ID,
        dedupeKey: "contract-1",
        title: "ods_orders: failed",
        content: "ods_orders failed.",
        receivers: { users: ["owner-1"], methods: ["MAIL"], channels: ["ops-hook"] },
        at: FIXTURE_NOW - 60_000,
        links: { remindId: 7, remindName: "ods errors", instanceId: 11_000_000_001n, nodeId: NODE.ods },
        details: { instances: [{ instanceId: "11000000001", nodeId: String(NODE.ods), nodeName: "ods_orders", projectId: PROJECT, status: "FAILURE" }] },
      });
      await raiseAlert(engine.database, {
        source: "SLA_ALERT",
        projectId: PROJECT_ID,
        dedupeKey: "contract-2",
        title: "orders_daily in danger",
        content: "Predicted 06:20, after the 06:00 commitment.",
        receivers: { users: ["owner-1"], methods: ["SMS"] },
        at: FIXTURE_NOW - 30_000,
        details: { slaAlert: { baselineId: String(BASELINE_ID), baselineName: "orders_daily", baselineOwner: "owner-1", bizdate: 1_716_652_800_000, inGroupId: 1, projectId: PROJECT, status: "DANGROUS" } },
      });
      const window = { BeginTime: "2024-05-27T00:00:00+0800", EndTime: "2024-05-27T23:59:59+0800" };
      type Message = Record<string, unknown> & { Deliveries: Record<string, unknown>[] };
      const all = await engine.call<Envelope<{ TotalCount: string; PageNumber: string; PageSize: string; AlertMessages: Message[] }>>("ListAlertMessages", { ...window, PageNumber: "1", PageSize: "10" });
      expect(all.Data).toMatchObject({ TotalCount: "2", PageNumber: "1", PageSize: "10" });
      const [sla, remind] = all.Data.AlertMessages;
      expect(sla).toMatchObject({ Source: "SLA_ALERT", AlertMessageStatus: "SEND_FAIL", AlertMethod: "SMS", AlertUser: "owner-1", SlaAlert: { BaselineName: "orders_daily", Status: "DANGROUS", InGroupId: 1 }, Instances: [] });
      expect(remind).toMatchObject({
        Source: "REMIND_ALERT",
        AlertMessageStatus: "READY_TO_SEND",
        RemindId: 7,
        RemindName: "ods errors",
        Content: "ods_orders failed.",
        AlertTime: FIXTURE_NOW - 60_000,
        Instances: [{ InstanceId: 11_000_000_001, NodeName: "ods_orders", Status: "FAILURE" }],
      });
      // owner-1 has no mail address (a failed delivery that says so); the webhook's token is not shown.
      expect(remind!.Deliveries).toMatchObject([
        { Method: "MAIL", Receiver: "owner-1", Status: "SEND_FAIL", LastError: expect.stringContaining("no e-mail address") },
        { Method: "WEBHOOK", Receiver: "ops-hook", Target: "http://127.0.0.1:9/hook?…", Format: "slack", Status: "READY_TO_SEND", Attempts: 0 },
      ]);
      const userDefined = await engine.call<Envelope<{ AlertMessages: Message[] }>>("ListAlertMessages", { ...window, PageNumber: "1", PageSize: "10", AlertRuleTypes: "USER_DEFINE", RemindId: "7" });
      expect(userDefined.Data.AlertMessages.map((message) => message.Source)).toEqual(["REMIND_ALERT"]);
      const byMethod = await engine.call<Envelope<{ AlertMessages: Message[] }>>("ListAlertMessages", { ...window, PageNumber: "1", PageSize: "10", AlertMethods: "SMS" });
      expect(byMethod.Data.AlertMessages.map((message) => message.Source)).toEqual(["SLA_ALERT"]);
      const byStatus = await engine.call<Envelope<{ AlertMessages: Message[] }>>("ListAlertMessages", { ...window, PageNumber: "1", PageSize: "10", AlertMessageStatuses: "READY_TO_SEND", AlertUser: "owner-1" });
      expect(byStatus.Data.AlertMessages.map((message) => message.Source)).toEqual(["REMIND_ALERT"]);
    });

    it.each([
      [{ BeginTime: "2024-05-27" }, "BeginTime"],
      [{ PageNumber: "31" }, "PageNumber"],
      [{ PageSize: "101" }, "PageSize"],
      [{ AlertMethods: "FAX" }, "AlertMethods"],
      [{ AlertRuleTypes: "OHTER" }, "AlertRuleTypes"],
      [{ Sources: "SLA" }, "Sources"],
      [{ EndTime: "2024-05-26T00:00:00+0800" }, "EndTime"],
    ])("ListAlertMessages %j names %s", async (params, field) => {
      const error = await engine.fail("ListAlertMessages", { BeginTime: "2024-05-27T00:00:00+0800", EndTime: "2024-05-27T23:59:59+0800", ...params });
      expect(error.message).toContain(field);
    });

    it("queues a test alert to a channel and refuses unknown channels", async () => {
      const sent = await engine.call<Envelope<{ AlertId: number; AlertMessageStatus: string; Deliveries: { Method: string; Status: string }[] }>>("SendTestAlert", { ProjectId: PROJECT, Channel: "ops-hook" });
      expect(sent.Data).toMatchObject({ AlertMessageStatus: "READY_TO_SEND", Deliveries: [{ Method: "WEBHOOK", Status: "READY_TO_SEND" }] });
      const stored = await engine.database.prisma.alertMessage.findUniqueOrThrow({ where: { id: sent.Data.AlertId } });
      expect(stored.source).toBe("TEST_ALERT");
      expect((await engine.fail("SendTestAlert", { ProjectId: PROJECT, Channel: "nope" })).message).toContain("Channel");
      expect((await engine.fail("SendTestAlert", { ProjectId: PROJECT })).message).toContain("Channel");
      expect((await engine.fail("SendTestAlert", { ProjectId: PROJECT, User: "u1", AlertMethod: "SMS" })).message).toContain("AlertMethod");
    });
  });
});
