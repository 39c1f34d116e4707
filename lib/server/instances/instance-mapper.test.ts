import { describe, expect, it } from "vitest";
import { ZInstanceSummary } from "@/lib/contracts/instances";
import { toInstanceSummary, toTaskTypeName, ZUpstreamInstance } from "./instance-mapper";

/** An engine answer for one instance, as the precise JSON parser hands it over (a 2^60 + 7 ID as bigint). */
const ENGINE_INSTANCE = {
  Status: "RUNNING",
  CycTime: Date.UTC(2024, 4, 26, 16, 0),
  BeginRunningTime: Date.UTC(2024, 4, 27, 1, 0),
  FinishTime: null,
  ErrorMessage: "",
  CreateTime: 1,
  DagId: 300_000_010,
  Priority: 8,
  TaskType: "NORMAL(0)",
  ParamValues: "",
  Connection: "",
  BaselineId: 555,
  DqcType: 1,
  DagType: "DAILY",
  BusinessId: null,
  TaskRerunTime: null,
  ModifyTime: 2,
  Repeatability: true,
  RepeatInterval: 0,
  InstanceId: 1_152_921_504_606_846_983n,
  BeginWaitResTime: Date.UTC(2024, 4, 27, 0, 59),
  RelatedFlowId: null,
  Bizdate: Date.UTC(2024, 4, 25, 16, 0),
  NodeName: "dwd_orders",
  BeginWaitTimeTime: Date.UTC(2024, 4, 26, 15, 0),
  DqcDescription: null,
  NodeId: 9_007_199_254_740_993n,
  CreateUser: "system",
  IsSuspended: false,
  ProjectId: 10_001,
};

describe("instance mapper", () => {
  it("maps an engine instance to the console's summary with exact IDs, ISO times and the bizdate in the workspace zone", () => {
    const summary = toInstanceSummary(ZUpstreamInstance.parse(ENGINE_INSTANCE), { timezone: "Asia/Shanghai", node: { owner: "bob", programType: "SHELL" } });
    expect(summary).toMatchObject({
      instanceId: "1152921504606846983",
      nodeId: "9007199254740993",
      projectId: "10001",
      dagId: "300000010",
      baselineId: "555",
      status: "RUNNING",
      taskType: "NORMAL",
      bizdate: "2024-05-26",
      cycTime: "2024-05-26T16:00:00.000Z",
      finishTime: null,
      owner: "bob",
      programType: "SHELL",
      retriesLeft: null,
      isRerunnable: true,
    });
    expect(ZInstanceSummary.safeParse(summary).success).toBe(true);
  });

  it("accepts DataWorks' shape without the engine's extensions", () => {
    const { IsSuspended: _suspended, ProjectId: _project, ...dataWorks } = ENGINE_INSTANCE;
    const summary = toInstanceSummary(ZUpstreamInstance.parse({ ...dataWorks, TaskType: "PAUSE", Repeatability: false }), { timezone: "UTC" });
    expect(summary.isSuspended).toBe(false);
    expect(summary.projectId).toBeNull();
    expect(summary.taskType).toBe("PAUSE");
    expect(summary.isRerunnable).toBe(false);
    expect(summary.owner).toBeNull();
    expect(summary.bizdate).toBe("2024-05-25");
  });

  it("refuses an unknown status and an ID that lost precision", () => {
    expect(ZUpstreamInstance.safeParse({ ...ENGINE_INSTANCE, Status: "EXPLODED" }).success).toBe(false);
    expect(ZUpstreamInstance.safeParse({ ...ENGINE_INSTANCE, InstanceId: 2 ** 60 }).success).toBe(false);
  });

  it("names task types without their code", () => {
    expect(toTaskTypeName("SKIP(3)")).toBe("SKIP");
    expect(toTaskTypeName(undefined)).toBe("NORMAL");
  });
});
