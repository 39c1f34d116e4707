import { describe, expect, it } from "vitest";
import type { TRemindDefinition } from "@/lib/contracts/alerts";
import { emptyRemindForm, formFieldOfIssue, remindFormOf, toRemindBody } from "./remind-form";

describe("toRemindBody", () => {
  it("turns a filled form into the API body", () => {
    const result = toRemindBody({ ...emptyRemindForm(), name: "late trade", nodeIds: "11, 12\n13", type: "TIMEOUT", timeoutMinutes: "45", alertIntervalMinutes: "20" });
    expect(result.errors).toBeNull();
    expect(result.body).toMatchObject({ name: "late trade", unit: "NODE", nodeIds: ["11", "12", "13"], detail: { kind: "timeout", seconds: 2700 }, alertIntervalSeconds: 1200, maxAlertTimes: 3 });
  });

  it("reads cycle deadlines one per line", () => {
    const result = toRemindBody({ ...emptyRemindForm(), name: "hourly", nodeIds: "1", type: "CYCLE_UNFINISHED", cycles: "1=05:50\n2 = 06:50" });
    expect(result.body?.detail).toEqual({ kind: "cycles", deadlines: { "1": "05:50", "2": "06:50" } });
  });

  it("puts each error on the field the user typed into, in minutes where the form asks minutes", () => {
    const result = toRemindBody({ ...emptyRemindForm(), name: "", nodeIds: "", type: "UNFINISHED", untilTime: "49:00", alertIntervalMinutes: "5", alertUnit: "OTHER", alertTargets: "" });
    expect(result.errors).toEqual({
      name: "give the rule a name",
      nodeIds: "choose at least one node",
      untilTime: "hour is 0 to 47",
      alertIntervalMinutes: "at least 20 minutes",
      alertTargets: "name at least one receiver, or send to the owner",
    });
  });

  it("only sends the watched objects of the chosen unit", () => {
    const result = toRemindBody({ ...emptyRemindForm(), name: "b", unit: "BASELINE", baselineIds: ["7"], nodeIds: "1,2" });
    expect(result.body).toMatchObject({ baselineIds: ["7"], nodeIds: [] });
  });
});

describe("remindFormOf", () => {
  it("fills the form from a rule and survives the round trip", () => {
    const remind: TRemindDefinition = {
      remindId: "5",
      name: "trade by six",
      unit: "NODE",
      type: "UNFINISHED",
      alertUnit: "OTHER",
      alertTargets: ["alice", "bob"],
      alertMethods: ["MAIL", "WEBHOOK"],
      nodeIds: ["11"],
      baselineIds: [],
      projectIds: [],
      bizProcessIds: [],
      dndStart: "00:00",
      dndEnd: "08:00",
      founder: "alice",
      isEnabled: false,
      webhooks: ["ops-hook"],
      detail: { kind: "until", hour: 30, minute: 5 },
      rawDetail: '{"hour":30,"minu":5}',
      maxAlertTimes: 2,
      alertIntervalSeconds: 3600,
      robots: [],
      nodes: [],
      baselines: [],
    };
    const form = remindFormOf(remind);
    expect(form).toMatchObject({ untilTime: "30:05", alertTargets: "alice, bob", alertIntervalMinutes: "60", isEnabled: false, dndEnd: "08:00", webhooks: "ops-hook" });
    expect(toRemindBody(form).body).toMatchObject({ detail: { kind: "until", hour: 30, minute: 5 }, alertTargets: ["alice", "bob"], alertIntervalSeconds: 3600, maxAlertTimes: 2, isEnabled: false, webhooks: ["ops-hook"] });
  });
});

describe("formFieldOfIssue", () => {
  it("maps the API's detail issues to the trigger's own field", () => {
    expect(formFieldOfIssue("detail.hour", "UNFINISHED")).toBe("untilTime");
    expect(formFieldOfIssue("detail", "TIMEOUT")).toBe("timeoutMinutes");
    expect(formFieldOfIssue("alertIntervalSeconds", "ERROR")).toBe("alertIntervalMinutes");
    expect(formFieldOfIssue("robotUrls.0", "ERROR")).toBe("robotUrls");
  });
});
