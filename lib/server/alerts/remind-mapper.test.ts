import { describe, expect, it } from "vitest";
import { ZRemindBody } from "@/lib/contracts/alerts";
import { toDetailText, toRemindDefinition, toRemindDetail, toRemindParams } from "./remind-mapper";
import { ZGetRemindAnswer } from "./upstream-schemas";

describe("remind detail", () => {
  it("reads and writes each trigger's parameters in DataWorks' formats", () => {
    expect(toRemindDetail("UNFINISHED", '{"hour":23,"minu":59}')).toEqual({ kind: "until", hour: 23, minute: 59 });
    expect(toDetailText({ kind: "until", hour: 30, minute: 5 })).toBe('{"hour":30,"minu":5}');
    expect(toRemindDetail("TIMEOUT", "1800")).toEqual({ kind: "timeout", seconds: 1800 });
    expect(toDetailText({ kind: "timeout", seconds: 1800 })).toBe("1800");
    expect(toDetailText({ kind: "cycles", deadlines: { "10": "14:50", "2": "06:50" } })).toBe('{"2":"06:50","10":"14:50"}');
    expect(toRemindDetail("CYCLE_UNFINISHED", '{"1":"05:50"}')).toEqual({ kind: "cycles", deadlines: { "1": "05:50" } });
    expect(toRemindDetail("ERROR", "")).toEqual({ kind: "none" });
    expect(toDetailText({ kind: "none" })).toBeUndefined();
  });

  it("reads unreadable parameters as none instead of failing", () => {
    expect(toRemindDetail("UNFINISHED", "not json")).toEqual({ kind: "none" });
    expect(toRemindDetail("TIMEOUT", "-5")).toEqual({ kind: "none" });
  });
});

describe("remind params", () => {
  const body = ZRemindBody.parse({
    name: "trade late",
    unit: "BASELINE",
    baselineIds: ["1", "2"],
    nodeIds: ["9"],
    type: "UNFINISHED",
    detail: { kind: "until", hour: 6, minute: 0 },
    alertUnit: "OWNER",
    alertTargets: ["ignored"],
    alertMethods: ["MAIL", "WEBHOOK"],
    webhooks: ["default-webhook"],
  });

  it("sends only the unit's own object IDs and no receivers for owners", () => {
    const params = toRemindParams(body, "10000", { isUpdate: false });
    expect(params).toMatchObject({ RemindName: "trade late", RemindUnit: "BASELINE", BaselineIds: "1,2", Detail: '{"hour":6,"minu":0}', AlertMethods: "MAIL,WEBHOOK", Webhooks: "default-webhook", MaxAlertTimes: 3, AlertInterval: 1800 });
    expect(params.NodeIds).toBeUndefined();
    expect(params.AlertTargets).toBeUndefined();
    expect(params.UseFlag).toBeUndefined();
  });

  it("clears robots and sends the enabled flag on update", () => {
    const params = toRemindParams({ ...body, isEnabled: false }, "10000", { isUpdate: true });
    expect(params).toMatchObject({ RobotUrls: "undefined", UseFlag: false });
  });

  it("sends webhook channels only when used, or to clear the ones a rule had", () => {
    expect(toRemindParams({ ...body, alertMethods: ["MAIL"], webhooks: [] }, "10000", { isUpdate: true }).Webhooks).toBeUndefined();
    expect(toRemindParams({ ...body, alertMethods: ["MAIL"], webhooks: [] }, "10000", { isUpdate: true, hadWebhooks: true }).Webhooks).toBe("");
  });

  it("reads GetRemind's lists whether arrays or comma-joined text", () => {
    const answer = ZGetRemindAnswer.parse({
      Data: { RemindId: 5, RemindName: "r", RemindType: "TIMEOUT", RemindUnit: "NODE", Detail: "900", AlertMethods: "SMS,MAIL", AlertTargets: [9527952795279528], Nodes: [{ NodeId: 3, NodeName: "n" }], Useflag: false, MaxAlertTimes: 2, AlertInterval: 1800 },
    });
    expect(toRemindDefinition(answer.Data)).toMatchObject({ remindId: "5", alertMethods: ["SMS", "MAIL"], alertTargets: ["9527952795279528"], nodeIds: ["3"], isEnabled: false, detail: { kind: "timeout", seconds: 900 } });
  });
});

describe("ZRemindBody", () => {
  const base = { name: "r", unit: "NODE", nodeIds: ["1"], type: "ERROR", alertUnit: "OWNER", alertMethods: ["MAIL"] };
  const pathsOf = (input: unknown) => {
    const parsed = ZRemindBody.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
  };

  it("accepts a minimal rule and fills the defaults", () => {
    expect(ZRemindBody.parse(base)).toMatchObject({ maxAlertTimes: 3, alertIntervalSeconds: 1800, detail: { kind: "none" }, isEnabled: true });
  });

  it("names the field to fix", () => {
    expect(pathsOf({ ...base, nodeIds: [] })).toEqual(["nodeIds"]);
    expect(pathsOf({ ...base, type: "TIMEOUT" })).toEqual(["detail"]);
    expect(pathsOf({ ...base, alertUnit: "OTHER" })).toEqual(["alertTargets"]);
    expect(pathsOf({ ...base, alertIntervalSeconds: 60 })).toEqual(["alertIntervalSeconds"]);
    expect(pathsOf({ ...base, maxAlertTimes: 11 })).toEqual(["maxAlertTimes"]);
    expect(pathsOf({ ...base, dndEnd: "25:00" })).toEqual(["dndEnd"]);
    expect(pathsOf({ ...base, name: " " })).toEqual(["name"]);
    expect(pathsOf({ ...base, alertMethods: [] })).toEqual(["alertMethods"]);
    expect(pathsOf({ ...base, alertMethods: ["WEBHOOK"] })).toEqual(["webhooks"]);
    expect(pathsOf({ ...base, alertMethods: ["DINGROBOTS"] })).toEqual(["robotUrls"]);
    expect(pathsOf({ ...base, unit: "BASELINE", baselineIds: ["1", "2", "3", "4", "5", "6"] })).toEqual(["baselineIds"]);
    expect(pathsOf({ ...base, type: "UNFINISHED", detail: { kind: "until", hour: 48, minute: 0 } })).toEqual(["detail.hour"]);
  });
});
