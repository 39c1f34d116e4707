import { describe, expect, it } from "vitest";
import { orderUpstreamFirst, toBaselineConfig, toBaselineInstanceSummary, toBaselineStatus, toKeyPathEntry } from "./baseline-mapper";
import { ZGetBaselineKeyPathAnswer, ZListBaselineStatusesAnswer } from "./upstream-schemas";

const TZ = "Asia/Shanghai";
// 2024-05-26 00:00 +08:00
const BIZDATE_MS = Date.parse("2024-05-26T00:00:00+08:00");

describe("baseline mapper", () => {
  it("reads a ListBaselineStatuses row of the spec's shape, with extra fields and a numeric owner", () => {
    const answer = ZListBaselineStatusesAnswer.parse({
      RequestId: "r",
      Data: {
        TotalCount: 1,
        BaselineStatuses: [
          { BaselineId: 1234, BaselineName: "finance", Bizdate: BIZDATE_MS, Buffer: 1800, Status: "DANGEROUS", Owner: 9527, Priority: 8, FinishStatus: "UNFINISH", ProjectId: 10000, InGroupId: 1, SlaTime: Date.parse("2024-05-27T06:00:00+08:00"), ExpTime: Date.parse("2024-05-27T05:30:00+08:00"), EndCast: Date.parse("2024-05-27T05:42:00+08:00"), FinishTime: Date.parse("2024-05-27T05:00:00+08:00"), SomethingNew: "x" },
        ],
      },
    });
    const summary = toBaselineInstanceSummary(answer.Data.BaselineStatuses![0]!, TZ);
    expect(summary).toMatchObject({
      baselineId: "1234",
      bizdate: "2024-05-26",
      owner: "9527",
      status: "DANGROUS",
      projectId: "10000",
      bufferSeconds: 1800,
      endCast: "2024-05-26T21:42:00.000Z",
      // FinishTime is a placeholder until the instance has finished.
      finishTime: null,
    });
  });

  it("reads an unknown status as ERROR rather than hiding the baseline", () => {
    expect(toBaselineStatus("SOMETHING")).toBe("ERROR");
    expect(toBaselineStatus("safe")).toBe("SAFE");
  });

  it("takes a key path entry's times from its own run and derives the usual duration", () => {
    const answer = ZGetBaselineKeyPathAnswer.parse({
      Data: [
        {
          InstanceId: 7,
          NodeId: 3,
          NodeName: "dws_trade_daily",
          Owner: "alice",
          PrgType: 6,
          InGroupId: 1,
          Runs: [
            { InstanceId: 6, Status: "FAILURE", BeginCast: 1000, AbsTime: 2000 },
            { InstanceId: 7, Status: "RUNNING", BeginRunningTime: 1_700_000_000_000, BeginCast: 1_700_000_000_000, AbsTime: 1_700_000_540_000, EndCast: 1_700_000_600_000, FinishTime: 0 },
          ],
          Topics: [{ TopicId: 9, TopicName: 1234, AddTime: 1_700_000_100_000 }],
        },
      ],
    });
    const entry = toKeyPathEntry(answer.Data![0]!);
    expect(entry).toMatchObject({ status: "RUNNING", usualDurationSeconds: 540, finishTime: null, programType: 6 });
    expect(entry.topics).toEqual([{ topicId: "9", topicName: "1234", addTime: new Date(1_700_000_100_000).toISOString() }]);
  });

  it("writes a daily baseline's commitment and alert time as hh:mm, hours up to 47", () => {
    expect(toBaselineConfig({ BaselineId: "1", BaselineName: "b", BaselineType: "DAILY", SlaHour: 30, SlaMinu: 5, ExpHour: 6, ExpMinu: 0 })).toMatchObject({ commitment: "30:05", alertAt: "06:00", isEnabled: true });
    expect(toBaselineConfig({ BaselineId: "1", BaselineType: "HOURLY" })).toMatchObject({ commitment: null, alertAt: null });
  });

  it("turns a key path listed downstream first round, and keeps one listed upstream first", () => {
    const entry = (instanceId: string, endCast: number) => toKeyPathEntry({ InstanceId: instanceId, NodeId: instanceId, Runs: [{ InstanceId: instanceId, EndCast: endCast }] });
    expect(orderUpstreamFirst([entry("3", 3000), entry("2", 2000), entry("1", 1000)]).map((item) => item.instanceId)).toEqual(["1", "2", "3"]);
    expect(orderUpstreamFirst([entry("1", 1000), entry("2", 2000)]).map((item) => item.instanceId)).toEqual(["1", "2"]);
  });
});
