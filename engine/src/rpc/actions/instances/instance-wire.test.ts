import { describe, expect, it } from "vitest";
import { anInstance, aNode } from "../testing/entities";
import { toInstanceWire, toManualDagInstanceWire } from "./instance-wire";

describe("instance wire mappers", () => {
  it("write TaskType as NAME(code), the rerun interval in ms and the remaining reruns as given", () => {
    const wire = toInstanceWire(anInstance({ taskType: "PAUSE", rerunsLeft: 0 }), aNode({ autoRerunIntervalMs: 90_000, rerunMode: "ALL_DENIED" }));
    expect(wire).toMatchObject({ TaskType: "PAUSE(2)", RepeatInterval: 90_000, TaskRerunTime: 0, Repeatability: false, NodeName: "ods_orders" });
  });

  it("keep times that have not happened as null and carry the suspension flag", () => {
    const wire = toInstanceWire(anInstance({ isSuspended: true }), aNode());
    expect(wire).toMatchObject({ BeginRunningTime: null, FinishTime: null, BeginWaitResTime: null, TaskRerunTime: null, IsSuspended: true });
    expect(wire).toMatchObject({ BusinessId: null, RelatedFlowId: null, DqcDescription: null, DqcType: 1 });
  });

  it("still answer when the node row is gone", () => {
    expect(toInstanceWire(anInstance(), null)).toMatchObject({ NodeName: "", Connection: "", Repeatability: true, RepeatInterval: 0 });
  });

  it("write ListManualDagInstances' subset with BizDate and the DAG type's name", () => {
    const wire = toManualDagInstanceWire(anInstance({ taskType: "MANUAL", dagType: "MANUAL" }), { name: "fix" });
    expect(wire).toMatchObject({ BizDate: 1_590_336_000_000, TaskType: "MANUAL(1)", DagType: "MANUAL", NodeName: "fix" });
    expect(wire).not.toHaveProperty("Bizdate");
    expect(wire).not.toHaveProperty("Priority");
  });
});
