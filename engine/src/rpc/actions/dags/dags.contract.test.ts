import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  BACKFILL_DAG_IDS,
  BACKFILL_OP_SEQ,
  epochOf,
  MANUAL_DAG_ID,
  NODE,
  OTHER_PROJECT_IDENTIFIER,
  PROJECT_IDENTIFIER,
  SMOKE_DAG_ID,
} from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { bareEnvelope, exactDigits, expectWireShape, INSTANCE_STATUS_VALUES, standardEnvelope, zDagWire, zTaskTypeWire, zWireInt, zWireLong, zWireTime } from "../testing/wire-schemas";

const zManualDagInstanceWire = z.strictObject({
  Status: z.enum(INSTANCE_STATUS_VALUES),
  BeginRunningTime: zWireTime,
  BizDate: zWireInt,
  CycTime: zWireInt,
  FinishTime: zWireTime,
  CreateTime: zWireInt,
  DagId: zWireLong,
  InstanceId: zWireLong,
  BeginWaitResTime: zWireTime,
  TaskType: zTaskTypeWire,
  ParamValues: z.string(),
  DagType: z.string(),
  NodeName: z.string(),
  BeginWaitTimeTime: zWireTime,
  NodeId: zWireLong,
  ModifyTime: zWireInt,
  CreateUser: z.string(),
  IsSuspended: z.boolean(),
});

const PROD = { ProjectEnv: "PROD" };

describe.each(await testDialects())("DAG Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it("GetDag answers a backfill DAG with its OpSeq and run date", async () => {
    const answer = expectWireShape(standardEnvelope(zDagWire), await engine.call("GetDag", { ...PROD, DagId: String(BACKFILL_DAG_IDS[1]) }));
    expect(answer.Data).toMatchObject({ Type: "SUPPLY_DATA", Status: "SUCCESS", Name: "refill_orders", CreateUser: "backfiller", Bizdate: epochOf("2024-05-21"), Gmtdate: epochOf("2024-05-22") });
    expect(exactDigits(answer.Data.OpSeq)).toBe(String(BACKFILL_OP_SEQ));
    expect(exactDigits(answer.Data.DagId)).toBe(String(BACKFILL_DAG_IDS[1]));
  });

  it("GetDag answers smoke tests and, as an extension, daily DAGs; OpSeq is null outside backfills", async () => {
    const smoke = expectWireShape(standardEnvelope(zDagWire), await engine.call("GetDag", { ...PROD, DagId: String(SMOKE_DAG_ID) }));
    expect(smoke.Data).toMatchObject({ Type: "SMOKE_TEST", Status: "FAILURE", OpSeq: null, StartTime: null, FinishTime: null });
    const daily = expectWireShape(standardEnvelope(zDagWire), await engine.call("GetDag", { ...PROD, DagId: String(engine.fixture.dailyDagIdOf("2024-05-26")) }));
    expect(daily.Data).toMatchObject({ Type: "DAILY", Status: "RUNNING", Bizdate: epochOf("2024-05-26") });
    const unknown = await engine.fail("GetDag", { ...PROD, DagId: "77" });
    expect(unknown.code).toBe("Invalid.Dag.NotExists");
  });

  it("ListDags lists every DAG of one backfill in business-date order", async () => {
    const zAnswer = standardEnvelope(z.strictObject({ Dags: z.array(zDagWire) }));
    const answer = expectWireShape(zAnswer, await engine.call("ListDags", { ...PROD, OpSeq: String(BACKFILL_OP_SEQ) }));
    expect(answer.Data.Dags.map((dag) => [exactDigits(dag.DagId), dag.Bizdate])).toEqual([
      [String(BACKFILL_DAG_IDS[0]), epochOf("2024-05-20")],
      [String(BACKFILL_DAG_IDS[1]), epochOf("2024-05-21")],
    ]);
    const none = expectWireShape(zAnswer, await engine.call("ListDags", { ...PROD, OpSeq: "123" }));
    expect(none.Data.Dags).toEqual([]);
  });

  it("ListManualDagInstances answers a run's instances in the bare envelope with BizDate", async () => {
    const zAnswer = bareEnvelope({ Instances: z.array(zManualDagInstanceWire) });
    const answer = expectWireShape(zAnswer, await engine.call("ListManualDagInstances", { ...PROD, ProjectName: PROJECT_IDENTIFIER, DagId: String(MANUAL_DAG_ID) }));
    expect(answer.Instances).toHaveLength(1);
    expect(answer.Instances[0]).toMatchObject({ NodeName: "manual_fix", TaskType: "MANUAL(1)", DagType: "MANUAL", Status: "SUCCESS", BizDate: epochOf("2024-05-25"), CreateUser: "alice" });
    expect(exactDigits(answer.Instances[0]?.NodeId)).toBe(String(NODE.manual));
  });

  it("ListManualDagInstances refuses a DAG of another workspace and a daily DAG", async () => {
    const foreign = await engine.fail("ListManualDagInstances", { ...PROD, ProjectName: OTHER_PROJECT_IDENTIFIER, DagId: String(MANUAL_DAG_ID) });
    expect(foreign.code).toBe("Invalid.Dag.NotExists");
    const daily = await engine.fail("ListManualDagInstances", { ...PROD, ProjectName: PROJECT_IDENTIFIER, DagId: String(engine.fixture.dailyDagIdOf("2024-05-26")) });
    expect(daily.code).toBe("Invalid.Wkbench.Parameter");
    const noProject = await engine.fail("ListManualDagInstances", { ...PROD, ProjectName: "nowhere", DagId: String(MANUAL_DAG_ID) });
    expect(noProject.code).toBe("Invalid.Tenant.ProjectNotExists");
    expect((await engine.fail("ListManualDagInstances", { ...PROD, ProjectName: PROJECT_IDENTIFIER, DagId: "x1" })).code).toBe("InvalidParameter");
  });
});
