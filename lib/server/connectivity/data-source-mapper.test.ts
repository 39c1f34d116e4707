import { describe, expect, it } from "vitest";
import { ZCreateDataSourceBody } from "@/lib/contracts/connectivity";
import { readAddresses, toContent, toDataSourceDto } from "./data-source-mapper";
import { toDataSourceTestRun } from "./map-datasource-test";
import { ZTestDataSourceConnectivityAnswer, ZUpstreamDataSource } from "./upstream-schemas";

describe("data source mapping", () => {
  it("drops every secret-looking key from Content and only flags the password", () => {
    const dto = toDataSourceDto(
      ZUpstreamDataSource.parse({
        Id: 7,
        Name: "orders",
        DataSourceType: "mysql",
        EnvType: 1,
        Status: 1,
        Content: JSON.stringify({ tag: "public", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: "***", accessKey: "AK-SECRET", securityToken: "T", caCertificate: "PEM" }),
        LastConnectState: "ConfigError",
        LastTestTime: 1_767_225_600_000,
      }),
    );
    expect(dto.connection).toEqual({ jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", addresses: [], database: null, url: null, other: { tag: "public" } });
    expect(dto.hasPassword).toBe(true);
    expect(JSON.stringify(dto)).not.toMatch(/AK-SECRET|PEM|"T"/);
    expect(dto.lastResult).toMatchObject({ state: "ConfigError", testedAt: "2026-01-01T00:00:00.000Z" });
  });

  it("reads address lists in every form the samples use", () => {
    expect(readAddresses('["a.example:1","b:2"]')).toEqual(["a.example:1", "b:2"]);
    expect(readAddresses('[{"host":"r-x","port":6379}]')).toEqual(["r-x:6379"]);
    expect(readAddresses("h1:1, h2:2")).toEqual(["h1:1", "h2:2"]);
    expect(readAddresses(undefined)).toEqual([]);
  });

  it("builds connection-string Content per type and leaves an empty password out (keep the stored one)", () => {
    expect(toContent({ type: "postgresql", jdbcUrl: "jdbc:postgresql://127.0.0.1:5432/postgres", username: "postgres", password: "" })).toEqual({
      tag: "public",
      jdbcUrl: "jdbc:postgresql://127.0.0.1:5432/postgres",
      username: "postgres",
    });
    expect(toContent({ type: "redis", addresses: ["127.0.0.1:6379"], password: "pw" })).toEqual({ tag: "public", address: '["127.0.0.1:6379"]', password: "pw" });
    expect(toContent({ type: "mysql", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: null })).toMatchObject({ password: "" });
  });

  it("validates the form per type, naming the field", () => {
    const bad = ZCreateDataSourceBody.safeParse({ name: "1bad", connection: { type: "mysql", jdbcUrl: "jdbc:mysql://h:3306/db?allowLoadLocalInfile=true", username: "" } });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["name", "connection.jdbcUrl", "connection.username"]));
    const kafka = ZCreateDataSourceBody.safeParse({ name: "events", connection: { type: "kafka", addresses: ["broker:99999"] } });
    expect(kafka.error?.issues.map((issue) => issue.path.join("."))).toEqual(["connection.addresses.0"]);
  });
});

describe("TestDataSourceConnectivity → unified run", () => {
  const base = { projectId: "10000", dataSourceId: "7", dataSourceName: "orders", resourceGroup: "rg", requestedAt: new Date(0), completedAt: new Date(1) };

  it("uses the data service's per-step outcome and detail when it gives them", () => {
    const answer = ZTestDataSourceConnectivityAnswer.parse({
      RequestId: "R",
      Connectivity: {
        ConnectState: "ConfigError",
        ConnectMessage: "Access denied for user root",
        DetailLogs: [
          { Code: "validate_input_parameters", Message: "Validate input parameters", StartTime: 1000, EndTime: 1001, Status: "passed" },
          { Code: "protocol_login", Message: "Log in", StartTime: 1001, EndTime: 1050, Status: "failed", Detail: "Access denied for user root", Advice: "Check the password." },
          { Code: "trivial_query", Message: "Run a trivial query", StartTime: 1050, EndTime: 1050, Status: "skipped" },
        ],
      },
    });
    const run = toDataSourceTestRun({ answer, ...base });
    const steps = run.targets[0]!.steps;
    expect(steps.map((step) => [step.code, step.outcome, step.durationMs, step.inferred])).toEqual([
      ["validate_input_parameters", "passed", 1, false],
      ["protocol_login", "failed", 49, false],
      ["trivial_query", "skipped", 0, false],
    ]);
    expect(steps[1]).toMatchObject({ message: "Access denied for user root", advice: "Check the password." });
    expect(run).toMatchObject({ state: "ConfigError", message: "Access denied for user root", runId: "R" });
  });

  it("infers the failing step from the documented fields alone, and says it inferred it", () => {
    const answer = ZTestDataSourceConnectivityAnswer.parse({
      Connectivity: { ConnectState: "Unreachable", ConnectMessage: "refused", DetailLogs: [{ Code: "a", Message: "A", StartTime: 1, EndTime: 2 }, { Code: "b", Message: "B", StartTime: 2, EndTime: 3 }] },
    });
    const steps = toDataSourceTestRun({ answer, ...base }).targets[0]!.steps;
    expect(steps.map((step) => [step.outcome, step.inferred])).toEqual([
      ["passed", true],
      ["failed", true],
    ]);
    expect(steps[1]?.advice).toMatch(/network path/);
  });

  it("reads the reference's example (one step, Connectable) as passed, without the stray message", () => {
    const answer = ZTestDataSourceConnectivityAnswer.parse({
      RequestId: "4CDF7B72-020B-542A-8465-21CFFA81****",
      Connectivity: { ConnectState: "Connectable", ConnectMessage: "Failed to connect to the database", DetailLogs: [{ StartTime: 1730217600001, EndTime: 1730217604002, Code: "validate_input_parameters", Message: "Validate input parameters" }] },
    });
    const run = toDataSourceTestRun({ answer, ...base });
    expect(run).toMatchObject({ state: "Connectable", message: null });
    expect(run.targets[0]?.steps[0]).toMatchObject({ outcome: "passed", durationMs: 4001, startTime: "2024-10-29T16:00:00.001Z" });
  });
});
