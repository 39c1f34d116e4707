import { describe, expect, it } from "vitest";
import { ZConnectivityRun } from "@/lib/contracts/connectivity";
import { DLI_EXAMPLE_RESPONSE, DTS_EXAMPLE_RESPONSE } from "@/lib/testing/cloud-check-servers";
import { ZDescribeConnectionStatusResponse } from "@/lib/server/upstream/dts";
import { ZDliDatasourceConnection } from "@/lib/server/upstream/dli";
import { toDliRun } from "./map-dli-connection";
import { toDrsRun } from "./map-drs-batch";
import { toDtsRun } from "./map-dts-status";
import { aggregateRunState } from "./run-state";

const requestedAt = new Date("2026-01-01T00:00:00Z");
const completedAt = new Date("2026-01-01T00:00:02Z");
const dtsEnds = {
  source: { instanceType: "RDS", engineName: "Oracle", instanceId: "rm-source" },
  destination: { instanceType: "LocalInstance", engineName: "PostgreSQL", ip: "127.0.0.1", port: "5432" },
};

describe("DTS DescribeConnectionStatus → unified run", () => {
  it("keeps connectRes as the verdict even with a failed Ping, and trims the check names", () => {
    const run = toDtsRun({ answer: { httpStatus: 200, body: ZDescribeConnectionStatusResponse.parse(DTS_EXAMPLE_RESPONSE) }, ...dtsEnds, regionId: "cn-hangzhou", requestedAt, completedAt });
    expect(ZConnectivityRun.parse(run)).toEqual(run);
    expect(run.state).toBe("Connectable");
    expect(run.runId).toBe("0A47C784-70EF-4111-8677-369CAA00****");
    expect(run.targets.map((target) => [target.role, target.label, target.state])).toEqual([
      ["source", "Oracle rm-source", "Connectable"],
      ["destination", "PostgreSQL 127.0.0.1:5432", "Connectable"],
    ]);
    expect(run.targets[0]?.steps.map((step) => [step.name, step.outcome])).toEqual([
      ["Oracle JDBC Connect", "passed"],
      ["Ping", "failed"],
      ["Telnet", "passed"],
    ]);
    expect(run.targets[0]?.message).toBe("Failed checks: Ping");
  });

  it("reports DTS's advice per end and the most severe end as the run's state", () => {
    const body = ZDescribeConnectionStatusResponse.parse({
      ...DTS_EXAMPLE_RESPONSE,
      DestinationConnectionStatus: { connectDetail: [{ testName: "Telnet ", testSuccess: false }], connectRes: false, connectAdvice: " Open port 5432 to the DTS servers. " },
    });
    const run = toDtsRun({ answer: { httpStatus: 200, body }, ...dtsEnds, regionId: "", requestedAt, completedAt });
    expect(run.state).toBe("Failed");
    expect(run.targets[1]).toMatchObject({ state: "Failed", providerState: "connectRes=false", advice: "Open port 5432 to the DTS servers." });
    expect(run.advice[0]).toEqual({ source: "provider", targetKey: "destination", text: "Open port 5432 to the DTS servers." });
    expect(run.advice.some((advice) => advice.source === "console")).toBe(true);
  });

  it("turns Success \"false\" with ErrCode into a call error, whatever else the body holds", () => {
    const body = ZDescribeConnectionStatusResponse.parse({ Success: "false", ErrCode: "InternalError", ErrMessage: "unknown error" });
    const run = toDtsRun({ answer: { httpStatus: 200, body }, ...dtsEnds, regionId: "", requestedAt, completedAt });
    expect(run).toMatchObject({ state: "Unsupport", apiError: { httpStatus: 200, code: "InternalError", message: "unknown error" }, targets: [] });
  });
});

describe("DLI datasource connection → unified run", () => {
  it("maps the reference's example (CREATING, no queues) to one in-progress target", () => {
    const run = toDliRun({ answer: { ok: true, httpStatus: 200, body: ZDliDatasourceConnection.parse(DLI_EXAMPLE_RESPONSE) }, connectionId: DLI_EXAMPLE_RESPONSE.connection_id, requestedAt, completedAt });
    expect(ZConnectivityRun.parse(run)).toEqual(run);
    expect(run).toMatchObject({ state: "InProgress", progress: 0, completedAt: null, extra: { service: "CloudTable.OPENTSDB", name: "op" } });
    expect(run.targets).toHaveLength(1);
    expect(run.targets[0]).toMatchObject({ key: `connection:${DLI_EXAMPLE_RESPONSE.connection_id}`, label: "op", state: "InProgress" });
    expect(run.targets[0]?.steps[0]).toMatchObject({ code: "dli.connection_create", outcome: "running", synthetic: true, startTime: "2019-08-19T02:05:27.674Z" });
  });

  it("shows each queue as returned, without recomputing the connection's state", () => {
    const body = ZDliDatasourceConnection.parse({ state: "ACTIVE", name: "op", available_queue_info: [{ name: "q1", status: "ACTIVE" }, { name: "q2", status: "FAILED", err_msg: "no route to host" }] });
    const run = toDliRun({ answer: { ok: true, httpStatus: 200, body }, connectionId: "c1", requestedAt, completedAt });
    expect(run.state).toBe("Connectable");
    expect(run.targets.map((target) => [target.via, target.state, target.message])).toEqual([
      ["q1", "Connectable", null],
      ["q2", "Failed", "no route to host"],
    ]);
  });

  it("reports a refused call as an error with the gateway's code", () => {
    const run = toDliRun({ answer: { ok: false, httpStatus: 401, code: "APIGW.0301", message: "verify aksk signature fail" }, connectionId: "c1", requestedAt, completedAt });
    expect(run).toMatchObject({ state: "Unsupport", apiError: { httpStatus: 401, code: "APIGW.0301" }, targets: [] });
  });
});

describe("DRS batch connection test → unified run", () => {
  const jobs = [
    { id: "t1", net_type: "eip" as const, db_type: "mysql", ip: "127.0.0.1", db_port: 3306, end_point_type: "so" as const },
    { id: "t2", net_type: "vpc" as const, db_type: "postgresql", ip: "127.0.0.2", db_port: 5432, end_point_type: "ta" as const },
  ];

  it("pairs results with jobs by id and tells success, a failed test and an item that could not run apart", () => {
    const answer = {
      ok: true as const,
      httpStatus: 200,
      body: { results: [{ id: "t2", status: "failed", success: true, error_code: "DRS.1", error_msg: "Access denied" }, { id: "t1", status: "success", success: true }], count: 2 },
    };
    const run = toDrsRun({ answer, jobs, requestedAt, completedAt });
    expect(ZConnectivityRun.parse(run)).toEqual(run);
    expect(run.targets.map((target) => [target.key, target.role, target.label, target.state, target.errorCode])).toEqual([
      ["t2:ta", "destination", "postgresql 127.0.0.2:5432", "Failed", "DRS.1"],
      ["t1:so", "source", "mysql 127.0.0.1:3306", "Connectable", null],
    ]);
    expect(run.state).toBe("Failed");
    expect(run.message).toBe("Access denied");
    expect(run.extra).toEqual({ count: 2 });
  });

  it("flags pairing by position when one task's two ends were sent together", () => {
    const both = [jobs[0]!, { ...jobs[0]!, end_point_type: "ta" as const }];
    const answer = { ok: true as const, httpStatus: 200, body: { results: [{ id: "t1", status: "success", success: true }, { id: "t1", status: "success", success: false }], count: 2 } };
    const run = toDrsRun({ answer, jobs: both, requestedAt, completedAt });
    expect(run.extra.pairing).toBe("by-position");
    expect(run.targets.map((target) => [target.key, target.state])).toEqual([
      ["t1:so", "Connectable"],
      ["t1:ta", "Unsupport"],
    ]);
  });
});

describe("run state from several targets", () => {
  it("follows the spec's order: call error, nothing tested, all connectable, in progress, most severe", () => {
    expect(aggregateRunState([{ state: "Connectable" }], true)).toBe("Unsupport");
    expect(aggregateRunState([])).toBe("Unsupport");
    expect(aggregateRunState([{ state: "Connectable" }, { state: "Connectable" }])).toBe("Connectable");
    expect(aggregateRunState([{ state: "Connectable" }, { state: "InProgress" }])).toBe("InProgress");
    expect(aggregateRunState([{ state: "InProgress" }, { state: "Failed" }])).toBe("Failed");
    expect(aggregateRunState([{ state: "ConfigError" }, { state: "Unreachable" }])).toBe("Unreachable");
    expect(aggregateRunState([{ state: "Deleted" }, { state: "Connectable" }])).toBe("Deleted");
  });
});
