import { describe, expect, it } from "vitest";
import { toDailyAmounts, toFailingNodes, toNodeTypeCounts, toSlowNodes, toStatusCounts, toSuccessTrend } from "./overview-mappers";
import { ZElapsedRankAnswer, ZErrorRankAnswer, ZFileTypeAnswer, ZInstanceAmountAnswer, ZStatusStatisticAnswer, ZSuccessAmountAnswer } from "./overview-wire";
import { programTypeName } from "./program-types";

const SHANGHAI_MIDNIGHT_0526 = Date.UTC(2024, 4, 25, 16);

describe("overview mappers", () => {
  it("maps status counters to counts by status, missing counters as zero", () => {
    const answer = ZStatusStatisticAnswer.parse({ StatusCount: { TotalCount: 9, FailureCount: 2, SuccessCount: 5, RunningCount: 1, NotRunCount: 1 } });
    expect(toStatusCounts(answer)).toEqual({
      total: 9,
      byStatus: { NOT_RUN: 1, WAIT_TIME: 0, WAIT_RESOURCE: 0, RUNNING: 1, CHECKING: 0, CHECKING_CONDITION: 0, FAILURE: 2, SUCCESS: 5 },
    });
  });

  it("maps the three success trends and drops points that are not HH:mm", () => {
    const answer = ZSuccessAmountAnswer.parse({
      InstanceStatusTrend: { TodayTrend: [{ TimePoint: "00:00", Count: 1 }, { TimePoint: "later", Count: 9 }], YesterdayTrend: [{ TimePoint: "00:00", Count: 2 }], AvgTrend: null },
    });
    expect(toSuccessTrend(answer)).toEqual({ today: [{ time: "00:00", count: 1 }], yesterday: [{ time: "00:00", count: 2 }], average: [] });
  });

  it("dates daily amounts in the workspace's zone, oldest first", () => {
    const answer = ZInstanceAmountAnswer.parse({ InstanceCounts: [{ Count: 3, Date: SHANGHAI_MIDNIGHT_0526 + 86_400_000 }, { Count: 5, Date: SHANGHAI_MIDNIGHT_0526 }] });
    expect(toDailyAmounts(answer, "Asia/Shanghai")).toEqual([
      { bizdate: "2024-05-26", count: 5 },
      { bizdate: "2024-05-27", count: 3 },
    ]);
  });

  it("names program type codes and ranks the slowest and most failing nodes", () => {
    const slow = ZElapsedRankAnswer.parse({
      InstanceConsumeTimeRank: {
        UpdateTime: 1,
        ConsumeTimeRank: [
          { NodeId: 1, NodeName: "a", Owner: "x", ProgramType: 6, InstanceId: 11, BusinessDate: SHANGHAI_MIDNIGHT_0526, Consumed: 30 },
          { NodeId: 2n ** 60n, NodeName: "b", Owner: "y", ProgramType: 4242, InstanceId: 12, BusinessDate: SHANGHAI_MIDNIGHT_0526, Consumed: 90 },
        ],
      },
    });
    expect(toSlowNodes(slow, "Asia/Shanghai")).toEqual([
      { nodeId: "1152921504606846976", nodeName: "b", owner: "y", programType: "TYPE_4242", instanceId: "12", bizdate: "2024-05-26", consumedSeconds: 90 },
      { nodeId: "1", nodeName: "a", owner: "x", programType: "SHELL", instanceId: "11", bizdate: "2024-05-26", consumedSeconds: 30 },
    ]);
    const failing = ZErrorRankAnswer.parse({ InstanceErrorRank: { ErrorRank: [{ NodeId: 3, NodeName: "c", Owner: "z", ProgramType: 10, Count: 4 }] } });
    expect(toFailingNodes(failing)).toEqual([{ nodeId: "3", nodeName: "c", owner: "z", programType: "ODPS_SQL", failures: 4 }]);
    expect(toFailingNodes(ZErrorRankAnswer.parse({ InstanceErrorRank: {} }))).toEqual([]);
  });

  it("counts node types by name whether the upstream writes names or codes, most first", () => {
    const answer = ZFileTypeAnswer.parse({ ProgramTypeAndCounts: [{ ProgramType: "SHELL", Count: 2 }, { ProgramType: 99, Count: 7 }, { ProgramType: "ODPS_SQL", Count: 0 }] });
    expect(toNodeTypeCounts(answer)).toEqual([
      { programType: "VIRTUAL", count: 7 },
      { programType: "SHELL", count: 2 },
    ]);
    expect(programTypeName(1221)).toBe("PYODPS3");
  });
});
