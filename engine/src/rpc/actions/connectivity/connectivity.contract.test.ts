import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setConnectivityRuntime } from "../../../connectivity/runtime";
import { createTestRuntime } from "../../../connectivity/testing/test-runtime";
import { closedPort, silentListener, type TestServer } from "../../../connectivity/testing/servers";
import { testDialects } from "../../../store/queries/testing/dialects";
import { GROUP_DEFAULT_ID, GROUP_SHARED_ID, PROJECT_ID } from "../../../store/queries/testing/operations-fixture";
import { isServiceReachable } from "../../../testing/databases";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { bareEnvelope, expectWireShape, standardEnvelope, successEnvelope, zWireInt, zWireLong } from "../testing/wire-schemas";

const CANARY = "Canary-Pw-7f3a9c";

const zDetailLog = z.strictObject({ Code: z.string(), Message: z.string(), StartTime: zWireInt, EndTime: zWireInt, Status: z.enum(["passed", "failed", "skipped"]), Detail: z.string() });
const zConnectivity = z.strictObject({
  ConnectState: z.enum(["Connectable", "ConfigError", "Unreachable", "Unsupport"]),
  ConnectMessage: z.string().optional(),
  ConnectAdvice: z.string(),
  DetailLogs: z.array(zDetailLog),
});
const zTestAnswer = bareEnvelope({ Connectivity: zConnectivity });
const zDataSourceWire = z.strictObject({
  Status: zWireInt,
  ProjectId: zWireLong,
  SubType: z.string(),
  GmtModified: z.string(),
  EnvType: zWireInt,
  ConnectStatus: zWireInt,
  Sequence: zWireInt,
  Description: z.string(),
  DataSourceType: z.string(),
  GmtCreate: z.string(),
  DefaultEngine: z.boolean(),
  Shared: z.boolean(),
  Operator: z.string(),
  Name: z.string(),
  Content: z.string(),
  Id: zWireLong,
  BindingCalcEngineId: zWireInt,
  TenantId: zWireLong,
  LastConnectState: z.string().nullable(),
  LastTestTime: zWireInt.nullable(),
  SourceFile: z.string(),
});
const zListAnswer = standardEnvelope(z.strictObject({ PageNumber: zWireInt, PageSize: zWireInt, TotalCount: zWireInt, DataSources: z.array(zDataSourceWire) }));
const zTargetResult = zConnectivity.extend({
  DataSourceId: zWireLong,
  DataSourceName: z.string(),
  DataSourceType: z.string(),
  ResourceGroupId: zWireLong,
  ResourceGroupIdentifier: z.string(),
  Role: z.enum(["datasource", "source", "destination"]),
  StartTime: zWireInt,
  EndTime: zWireInt,
});

const hasMariaDb = await isServiceReachable("MariaDB", "127.0.0.1", 3306);
const dialects = await testDialects();

describe.each(dialects)("connectivity Actions on %s", (dialect) => {
  let engine: ContractEngine;
  let silent: TestServer;
  let refused: number;
  const output: string[] = [];

  beforeAll(async () => {
    setConnectivityRuntime(createTestRuntime({ timeouts: { handshakeMs: 1_500, queryMs: 1_500 }, burst: 1_000, perMinute: 1_000 }));
    for (const method of ["log", "warn", "error", "info"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(" ")));
    }
    engine = await startContractEngine(dialect);
    silent = await silentListener();
    refused = await closedPort();
  });

  afterAll(async () => {
    await silent.close();
    await engine.close();
    setConnectivityRuntime(null);
    vi.restoreAllMocks();
  });

  async function create(name: string, type: string, content: Record<string, unknown>): Promise<string> {
    const answer = expectWireShape(
      standardEnvelope(zWireLong),
      await engine.call("CreateDataSource", { ProjectId: String(PROJECT_ID), Name: name, DataSourceType: type, EnvType: "1", Content: JSON.stringify(content) }),
    );
    return String(answer.Data);
  }

  it("creates and lists data sources with every secret masked", async () => {
    const id = await create("orders_mysql", "mysql", { tag: "public", jdbcUrl: `jdbc:mysql://127.0.0.1:${refused}/orders`, username: "etl", password: CANARY });
    const list = expectWireShape(zListAnswer, await engine.call("ListDataSources", { ProjectId: String(PROJECT_ID), Name: "orders" }));
    expect(list.Data.TotalCount).toBe(1);
    const [item] = list.Data.DataSources;
    expect(String(item?.Id)).toBe(id);
    expect(JSON.parse(item?.Content ?? "{}")).toEqual({ tag: "public", jdbcUrl: `jdbc:mysql://127.0.0.1:${refused}/orders`, username: "etl", password: "***" });
    const row = await engine.database.prisma.dataSource.findUnique({ where: { id: BigInt(id) } });
    expect(JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain(CANARY);
  });

  it("refuses bad Content with DataWorks' codes naming the property", async () => {
    const duplicate = await engine.fail("CreateDataSource", { ProjectId: String(PROJECT_ID), Name: "orders_mysql", DataSourceType: "mysql", EnvType: "1", Content: JSON.stringify({ jdbcUrl: "jdbc:mysql://h/db", username: "u" }) });
    expect(duplicate.code).toBe("ConnectionAlreadyExist");
    const query = await engine.fail("CreateDataSource", { ProjectId: String(PROJECT_ID), Name: "q", DataSourceType: "mysql", EnvType: "1", Content: JSON.stringify({ jdbcUrl: "jdbc:mysql://h/db?allowLoadLocalInfile=true", username: "u" }) });
    expect(query.code).toBe("DataSource.ConnectionStrProperty.PatternNotMatch");
    expect(query.message).toContain("jdbcUrl");
    const missing = await engine.fail("CreateDataSource", { ProjectId: String(PROJECT_ID), Name: "m", DataSourceType: "redis", EnvType: "1", Content: "{}" });
    expect(missing.code).toBe("MissingParam.ConnectionStr.Property");
    expect((await engine.fail("CreateDataSource", { ProjectId: String(PROJECT_ID), Name: "t", DataSourceType: "odps", EnvType: "1", Content: "{}" })).code).toBe("Invalid.DataSource.DataSourceTypeNotExist");
    expect((await engine.fail("CreateDataSource", { ProjectId: String(PROJECT_ID), Name: "j", DataSourceType: "mysql", EnvType: "1", Content: "not json" })).code).toBe("InvalidParameter");
  });

  it("tests a data source from a resource group: Unreachable at tcp_connect on a closed port, with step logs", async () => {
    const [item] = expectWireShape(zListAnswer, await engine.call("ListDataSources", { ProjectId: String(PROJECT_ID), Name: "orders_mysql" })).Data.DataSources;
    const answer = expectWireShape(zTestAnswer, await engine.call("TestDataSourceConnectivity", { ProjectId: String(PROJECT_ID), DataSourceId: String(item?.Id), ResourceGroupId: String(GROUP_DEFAULT_ID) }));
    expect(answer.Connectivity.ConnectState).toBe("Unreachable");
    expect(answer.Connectivity.DetailLogs.map((log) => log.Code)).toEqual(["validate_input_parameters", "resolve_host", "tcp_connect"]);
    expect(answer.Connectivity.DetailLogs.at(-1)?.Status).toBe("failed");
    const network = expectWireShape(
      successEnvelope.extend({ TaskList: z.strictObject({ ConnectStatus: z.boolean(), ConnectMessage: z.string(), ConnectState: z.string() }) }),
      await engine.call("TestNetworkConnection", { DatasourceName: "orders_mysql", EnvType: "1", ProjectId: String(PROJECT_ID), ResourceGroup: "default_group" }),
    );
    expect(network.TaskList).toMatchObject({ ConnectStatus: false, ConnectState: "Unreachable" });
  });

  it("reuses a stored password only while host and port stay the same", async () => {
    const id = await create("pw_reuse", "postgresql", { jdbcUrl: `jdbc:postgresql://127.0.0.1:${refused}/db`, username: "u", password: CANARY });
    await engine.call("UpdateDataSource", { DataSourceId: id, EnvType: "1", Content: JSON.stringify({ jdbcUrl: `jdbc:postgresql://127.0.0.1:${refused}/other`, username: "u", password: "***" }) });
    const moved = await engine.fail("UpdateDataSource", { DataSourceId: id, EnvType: "1", Content: JSON.stringify({ jdbcUrl: `jdbc:postgresql://127.0.0.1:${silent.port}/db`, username: "u" }) });
    expect(moved.code).toBe("MissingParam.ConnectionStr.Property");
    expect(moved.message).toContain("password");
    expect((await engine.fail("UpdateDataSource", { DataSourceId: "999999", EnvType: "1", Content: "{}" })).code).toBe("Invalid.Tenant.ConnectionNotExists");
  });

  it("runs a batch over data sources × resource groups with one result per target, and stores the history", async () => {
    const silentId = await create("silent_redis", "redis", { address: JSON.stringify([{ host: "127.0.0.1", port: silent.port }]) });
    const batch = expectWireShape(
      standardEnvelope(z.strictObject({ BatchId: z.string(), TotalCount: zWireInt, Results: z.array(zTargetResult) })),
      await engine.call("TestDataSourceConnectivityBatch", { ProjectId: String(PROJECT_ID), ResourceGroupIds: `${GROUP_DEFAULT_ID},${GROUP_SHARED_ID}` }),
    );
    expect(batch.Data.TotalCount).toBe(batch.Data.Results.length);
    expect(batch.Data.Results.filter((result) => String(result.DataSourceId) === silentId).map((result) => result.ConnectState)).toEqual(["Unreachable", "Unreachable"]);
    const history = await engine.call<{ Data: { Runs: { BatchId: string; ConnectState: string; DetailLogs: unknown[] }[]; NextCursor: number | null } }>("ListConnectivityTestRuns", { DataSourceId: silentId });
    expect(history.Data.Runs).toHaveLength(2);
    expect(history.Data.Runs.every((run) => run.BatchId === batch.Data.BatchId && run.DetailLogs.length >= 3)).toBe(true);
  });

  it("tests a source and destination pair with a verdict and advice per end", async () => {
    const [source] = expectWireShape(zListAnswer, await engine.call("ListDataSources", { ProjectId: String(PROJECT_ID), Name: "silent_redis" })).Data.DataSources;
    const [destination] = expectWireShape(zListAnswer, await engine.call("ListDataSources", { ProjectId: String(PROJECT_ID), Name: "orders_mysql" })).Data.DataSources;
    const pair = await engine.call<{ Data: { Source: { ConnectRes: boolean; Role: string }; Destination: { ConnectRes: boolean; Role: string }; Advice: string[] } }>("TestDataSourceConnectivityPair", {
      SourceDataSourceId: String(source?.Id),
      DestinationDataSourceId: String(destination?.Id),
      ResourceGroupId: String(GROUP_DEFAULT_ID),
    });
    expect(pair.Data.Source).toMatchObject({ Role: "source", ConnectRes: false });
    expect(pair.Data.Destination).toMatchObject({ Role: "destination", ConnectRes: false });
    expect(pair.Data.Advice).toHaveLength(2);
    expect(pair.Data.Advice[0]).toMatch(/cannot read from its source silent_redis/);
  });

  it("binds a data source to a resource group: CREATING, then FAILED with a message", async () => {
    const [item] = expectWireShape(zListAnswer, await engine.call("ListDataSources", { ProjectId: String(PROJECT_ID), Name: "orders_mysql" })).Data.DataSources;
    const created = await engine.call<{ Data: { Status: string; Progress: number } }>("CreateDataSourceBinding", { DataSourceId: String(item?.Id), ResourceGroupId: String(GROUP_DEFAULT_ID) });
    expect(created.Data).toMatchObject({ Status: "CREATING", Progress: 0 });
    let binding: { Status: string; Progress: number; Message: string } | undefined;
    await vi.waitFor(
      async () => {
        const listed = await engine.call<{ Data: { Bindings: { Status: string; Progress: number; Message: string }[] } }>("ListDataSourceBindings", { DataSourceId: String(item?.Id) });
        binding = listed.Data.Bindings[0];
        expect(binding?.Status).not.toBe("CREATING");
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(binding).toMatchObject({ Status: "FAILED", Progress: 1 });
    expect(binding?.Message).toMatch(/^Unreachable: /);
  });

  it.skipIf(!hasMariaDb)("turns a wrong password into ConfigError, and Connectable once it is fixed", async () => {
    const id = await create("maria_wrong_pw", "mysql", { jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: CANARY });
    const failed = expectWireShape(zTestAnswer, await engine.call("TestDataSourceConnectivity", { DataSourceId: id, ResourceGroupId: "default_group" }));
    expect(failed.Connectivity.ConnectState).toBe("ConfigError");
    expect(failed.Connectivity.DetailLogs.at(-1)).toMatchObject({ Code: "protocol_login", Status: "failed" });
    await engine.call("UpdateDataSource", { DataSourceId: id, EnvType: "1", Content: JSON.stringify({ jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: "" }) });
    const fixed = expectWireShape(zTestAnswer, await engine.call("TestDataSourceConnectivity", { DataSourceId: id, ResourceGroupId: "default_group" }));
    expect(fixed.Connectivity.ConnectState).toBe("Connectable");
    expect(fixed.Connectivity).not.toHaveProperty("ConnectMessage");
  });

  it("never returns or logs a secret, in any answer so far", async () => {
    const list = await engine.raw("ListDataSources", { ProjectId: String(PROJECT_ID), PageSize: "100" });
    const history = await engine.raw("ListConnectivityTestRuns", { ProjectId: String(PROJECT_ID), PageSize: "100" });
    for (const answer of [list, history]) expect(JSON.stringify(answer)).not.toContain(CANARY);
    expect(output.join("\n")).not.toContain(CANARY);
  });

  it("deletes a data source; a second delete answers ConnectionNotExists", async () => {
    const id = await create("to_delete", "redis", { address: '["127.0.0.1:6379"]' });
    expect((await engine.call<{ Data: boolean }>("DeleteDataSource", { DataSourceId: id })).Data).toBe(true);
    expect((await engine.fail("DeleteDataSource", { DataSourceId: id })).code).toBe("Invalid.Tenant.ConnectionNotExists");
  });

  it("limits tests per user with Throttling.User", async () => {
    setConnectivityRuntime(createTestRuntime({ burst: 2, perMinute: 1 }));
    try {
      const [item] = expectWireShape(zListAnswer, await engine.call("ListDataSources", { ProjectId: String(PROJECT_ID), Name: "orders_mysql" })).Data.DataSources;
      const params = { DataSourceId: String(item?.Id), ResourceGroupId: String(GROUP_DEFAULT_ID), Operator: "mallory" };
      await engine.call("TestDataSourceConnectivity", params);
      await engine.call("TestDataSourceConnectivity", params);
      expect((await engine.fail("TestDataSourceConnectivity", params)).code).toBe("Throttling.User");
      await engine.call("TestDataSourceConnectivity", { ...params, Operator: "alice" });
    } finally {
      setConnectivityRuntime(createTestRuntime({ timeouts: { handshakeMs: 1_500, queryMs: 1_500 }, burst: 1_000, perMinute: 1_000 }));
    }
  });
});
