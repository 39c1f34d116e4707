import { describe, expect, it } from "vitest";
import { aNode } from "../testing/entities";
import { isRepeatable, nodeRepeatIntervalSeconds, toNodeSummaryWire, toNodeWire, toOutputNodeWire } from "./node-wire";

describe("node wire mappers", () => {
  it("allow a rerun in every rerun mode but ALL_DENIED", () => {
    expect(isRepeatable("ALL_ALLOWED")).toBe(true);
    expect(isRepeatable("FAILURE_ALLOWED")).toBe(true);
    expect(isRepeatable("ALL_DENIED")).toBe(false);
  });

  it("give the node's rerun interval in seconds", () => {
    expect(nodeRepeatIntervalSeconds({ autoRerunIntervalMs: 120_000 })).toBe(120);
  });

  it("write the spec's node fields, with null for what the engine does not have", () => {
    const wire = toNodeWire(aNode({ baselineId: 9n, rerunMode: "ALL_DENIED", connection: "odps_first" }), "Default group");
    expect(wire).toMatchObject({ NodeId: 700_000_001n, ProjectId: 10_001n, BaselineId: 9n, Repeatability: false, RepeatInterval: 60, ResGroupName: "Default group", Connection: "odps_first" });
    expect(wire).toMatchObject({ BusinessId: null, RelatedFlowId: null, DqcDescription: null, DqcType: 1 });
    expect(Object.keys(wire)).toHaveLength(19);
  });

  it("reduce the shape for parents and children, and name the type twice for ListNodesByOutput", () => {
    expect(Object.keys(toNodeSummaryWire(aNode())).sort()).toEqual(
      ["BaselineId", "CronExpress", "NodeId", "NodeName", "OwnerId", "Priority", "ProgramType", "ProjectId", "Repeatability", "SchedulerType"].sort(),
    );
    const output = toOutputNodeWire(aNode({ programType: "ODPS_SQL" }), null);
    expect(output).toMatchObject({ FileType: "ODPS_SQL", ProgramType: "ODPS_SQL", ResGroupName: null });
    expect(output).not.toHaveProperty("BusinessId");
  });
});
