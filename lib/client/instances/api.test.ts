import { describe, expect, it } from "vitest";
import { ZInstanceListPage, type TInstanceListPage } from "@/lib/contracts/instances";
import { warmInstanceListParser } from "./api";

const WIRE_PAGE = {
  items: [
    {
      instanceId: "11000004115", nodeId: "700000046", nodeName: "ods_orders", projectId: "10000", dagId: "300000014", dagType: "DAILY",
      status: "FAILURE", taskType: "NORMAL", isSuspended: false, bizdate: "2026-11-23", cycTime: "2026-11-23T16:00:00.000Z",
      beginWaitTimeTime: null, beginWaitResTime: null, beginRunningTime: "2026-11-23T16:00:05.000Z", finishTime: "2026-11-23T16:10:05.000Z",
      priority: 1, retriesLeft: null, isRerunnable: true, baselineId: null, createUser: "system", errorMessage: "exit 1", owner: "alice", programType: "SHELL",
    },
  ],
  paging: "cursor", page: 1, pageSize: 100, totalCount: 1, isTotalCapped: false, nextCursor: null, hasNextPage: false, timezone: "Asia/Shanghai", needsNode: false,
};

describe("warmInstanceListParser", () => {
  it("parses the shown page once while idle, and a parsed page parses again unchanged", () => {
    const shown: TInstanceListPage = ZInstanceListPage.parse(WIRE_PAGE);
    // The warm-up parses what the page already holds: it must pass the schema as it is, or it would warm the error path only.
    expect(ZInstanceListPage.safeParse(shown)).toEqual({ success: true, data: shown });
    const scheduled: (() => void)[] = [];
    warmInstanceListParser(shown, (work) => scheduled.push(work));
    warmInstanceListParser(shown, (work) => scheduled.push(work));
    expect(scheduled).toHaveLength(1);
    expect(() => scheduled[0]!()).not.toThrow();
  });
});
