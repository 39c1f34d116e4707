import { describe, expect, it } from "vitest";
import { ZInstanceFilter, ZInstanceListQuery } from "@/lib/contracts/instances";
import { filterOfListQuery, toListInstancesParams } from "./list-request";

describe("ListInstances parameters of a filter", () => {
  it("writes dates as DataWorks' date-times, statuses as a comma list and booleans as text", () => {
    const filter = ZInstanceFilter.parse({ bizdate: "2024-05-26", status: ["FAILURE", "RUNNING"], suspended: "true", nodeId: "9007199254740993" });
    expect(toListInstancesParams("10001", filter)).toEqual({
      ProjectId: "10001",
      ProjectEnv: "PROD",
      Bizdate: "2024-05-26 00:00:00",
      BeginBizdate: undefined,
      EndBizdate: undefined,
      Status: "FAILURE,RUNNING",
      NodeName: undefined,
      NodeId: "9007199254740993",
      Owner: undefined,
      ProgramType: undefined,
      DagType: undefined,
      DagId: undefined,
      BaselineId: undefined,
      IsSuspended: "true",
    });
  });

  it("sends a range as Begin/EndBizdate and leaves an empty status list out", () => {
    const params = toListInstancesParams("1", ZInstanceFilter.parse({ from: "2024-05-20", to: "2024-05-26", status: [] }));
    expect(params).toMatchObject({ BeginBizdate: "2024-05-20 00:00:00", EndBizdate: "2024-05-26 00:00:00", Status: undefined });
  });

  it("keeps only the filter of a list query, without paging", () => {
    const query = ZInstanceListQuery.parse({ status: "FAILURE", page: "2", pageSize: "25", cursor: "abc", owner: " bob " });
    expect(filterOfListQuery(query)).toEqual({ status: ["FAILURE"], owner: "bob" });
  });

  it("refuses a range that ends before it begins, naming the end", () => {
    const parsed = ZInstanceFilter.safeParse({ from: "2024-05-26", to: "2024-05-20" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["to"]);
  });
});
