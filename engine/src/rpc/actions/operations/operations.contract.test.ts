import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BIG_INSTANCE_ID, CURRENT_BIZDATE, NODE, PROJECT_ID, PROJECT_IDENTIFIER } from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { CONTRACT_KEY, startContractEngine, type ContractEngine } from "../testing/contract-engine";
import {
  bareEnvelope,
  exactDigits,
  expectWireShape,
  standardEnvelope,
  successEnvelope,
  zDagWire,
  zInstanceWire,
  zNodeWire,
  zWireInt,
  zWireLong,
} from "../testing/wire-schemas";

const zOperationWire = z.strictObject({
  OperationId: zWireLong,
  ProjectId: zWireLong.nullable(),
  Action: z.string(),
  Operator: z.string(),
  Reason: z.string(),
  TargetType: z.enum(["instance", "node", "dag", "workspace"]),
  TargetId: zWireLong,
  Before: z.string(),
  After: z.string(),
  Result: z.enum(["APPLIED", "NOOP", "REFUSED"]),
  ErrorCode: z.string(),
  RequestId: z.string(),
  OperateTime: zWireInt,
});
const zOperationsAnswer = standardEnvelope(z.strictObject({ Operations: z.array(zOperationWire), NextCursor: z.string().nullable() }));

const PROD = { ProjectEnv: "PROD" };

describe.each(await testDialects())("write Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
  });

  afterAll(async () => {
    await engine?.close();
  });

  async function instanceState(instanceId: bigint) {
    const answer = expectWireShape(standardEnvelope(zInstanceWire), await engine.call("GetInstance", { ...PROD, InstanceId: String(instanceId) }));
    return { status: answer.Data.Status, isSuspended: answer.Data.IsSuspended };
  }

  async function operate(action: string, instanceId: bigint, extra: Record<string, string> = {}) {
    return expectWireShape(standardEnvelope(z.literal(true)), await engine.call(action, { ...PROD, InstanceId: String(instanceId), ...extra }));
  }

  async function operationsOn(target: Record<string, string>, pageSize = "100") {
    return expectWireShape(zOperationsAnswer, await engine.call("ListInstanceOperations", { ...PROD, ...target, PageSize: pageSize }));
  }

  describe("instance operations", () => {
    it("StopInstance stops a running instance, is a no-op the second time, and records operator and reason", async () => {
      expect((await operate("StopInstance", BIG_INSTANCE_ID, { Operator: "night-owl", Reason: "runaway job" })).Data).toBe(true);
      expect(await instanceState(BIG_INSTANCE_ID)).toEqual({ status: "FAILURE", isSuspended: false });
      expect((await operate("StopInstance", BIG_INSTANCE_ID)).Data).toBe(true);
      const history = await operationsOn({ InstanceId: String(BIG_INSTANCE_ID) });
      expect(history.Data.Operations.map((operation) => [operation.Action, operation.Result, operation.Operator, operation.Reason])).toEqual([
        ["StopInstance", "NOOP", CONTRACT_KEY.id, ""],
        ["StopInstance", "APPLIED", "night-owl", "runaway job"],
      ]);
      const applied = history.Data.Operations[1];
      expect(exactDigits(applied?.TargetId)).toBe(String(BIG_INSTANCE_ID));
      expect(JSON.parse(applied?.Before ?? "{}")).toMatchObject({ status: "RUNNING" });
      expect(JSON.parse(applied?.After ?? "{}")).toMatchObject({ status: "FAILURE" });
      expect(applied?.OperateTime).toBe(1_716_777_000_000);
    });

    it("refuses to stop a finished SUCCESS instance with a business error", async () => {
      const done = engine.fixture.instanceOf(NODE.ods, CURRENT_BIZDATE);
      const error = await engine.fail("StopInstance", { ...PROD, InstanceId: String(done.id) });
      expect(error.code).toBe("Invalid.Instance.StatusNotAllowed");
      expect(error.data).toMatchObject({ Success: false, HttpStatusCode: 400, ErrorCode: "Invalid.Instance.StatusNotAllowed" });
      expect(await instanceState(done.id)).toEqual({ status: "SUCCESS", isSuspended: false });
    });

    it("SetSuccessInstance turns a FAILURE into SUCCESS and refuses a waiting instance", async () => {
      const frozen = engine.fixture.instanceOf(NODE.frozen, CURRENT_BIZDATE);
      await operate("SetSuccessInstance", frozen.id);
      expect((await instanceState(frozen.id)).status).toBe("SUCCESS");
      await operate("SetSuccessInstance", frozen.id);
      const waiting = engine.fixture.instanceOf(NODE.dws, CURRENT_BIZDATE);
      expect((await engine.fail("SetSuccessInstance", { ...PROD, InstanceId: String(waiting.id) })).code).toBe("Invalid.Instance.StatusNotAllowed");
    });

    it("SuspendInstance holds a waiting instance without changing its status; ResumeInstance lets it go", async () => {
      const waiting = engine.fixture.instanceOf(NODE.hourly, CURRENT_BIZDATE, "DAILY", 15);
      await operate("SuspendInstance", waiting.id);
      expect(await instanceState(waiting.id)).toEqual({ status: "WAIT_TIME", isSuspended: true });
      await operate("ResumeInstance", waiting.id);
      expect(await instanceState(waiting.id)).toEqual({ status: "WAIT_TIME", isSuspended: false });
      expect((await engine.fail("ResumeInstance", { ...PROD, InstanceId: String(waiting.id) })).code).toBe("Invalid.Instance.StatusNotAllowed");
    });

    it("RestartInstance sends a failed instance back to waiting, within the node's rerun mode", async () => {
      const failed = engine.fixture.instanceOf(NODE.ods, "2024-05-21");
      expect((await instanceState(failed.id)).status).toBe("FAILURE");
      await operate("RestartInstance", failed.id);
      expect(["NOT_RUN", "WAIT_TIME"]).toContain((await instanceState(failed.id)).status);
      const denied = engine.fixture.instanceOf(NODE.dws, "2024-05-18");
      const error = await engine.fail("RestartInstance", { ...PROD, InstanceId: String(denied.id) });
      expect(error.code).toBe("Invalid.Instance.RerunDenied");
    });

    it("answers an unknown instance, DEV and a malformed ID with the right errors", async () => {
      expect((await engine.fail("StopInstance", { ...PROD, InstanceId: "31" })).code).toBe("Invalid.Instance.NotExists");
      expect((await engine.fail("SuspendInstance", { ProjectEnv: "DEV", InstanceId: String(BIG_INSTANCE_ID) })).code).toBe("Invalid.Wkbench.Parameter");
      expect((await engine.fail("RestartInstance", { ...PROD, InstanceId: "-1" })).code).toBe("InvalidParameter");
      expect((await engine.fail("RestartInstance", { ...PROD })).code).toBe("MissingParameter");
    });
  });

  describe("node operations", () => {
    it("UpdateNodeRunMode freezes and unfreezes, answering RequestId and Success only", async () => {
      const frozen = expectWireShape(successEnvelope, await engine.call("UpdateNodeRunMode", { ...PROD, NodeId: String(NODE.dwd), SchedulerType: "2" }));
      expect(frozen.Success).toBe(true);
      const node = expectWireShape(standardEnvelope(zNodeWire), await engine.call("GetNode", { ...PROD, NodeId: String(NODE.dwd) }));
      expect(node.Data.SchedulerType).toBe("PAUSE");
      expectWireShape(successEnvelope, await engine.call("UpdateNodeRunMode", { ...PROD, NodeId: String(NODE.dwd), SchedulerType: "0" }));
      const thawed = expectWireShape(standardEnvelope(zNodeWire), await engine.call("GetNode", { ...PROD, NodeId: String(NODE.dwd) }));
      expect(thawed.Data.SchedulerType).toBe("NORMAL");
      expect((await engine.fail("UpdateNodeRunMode", { ...PROD, NodeId: String(NODE.dwd), SchedulerType: "1" })).code).toBe("InvalidParameter");
      const history = await operationsOn({ NodeId: String(NODE.dwd) });
      expect(history.Data.Operations.map((operation) => operation.Action)).toEqual(["UpdateNodeRunMode", "UpdateNodeRunMode"]);
    });

    it("UpdateNodeOwner changes the owner GetNode reports", async () => {
      expectWireShape(successEnvelope, await engine.call("UpdateNodeOwner", { ...PROD, NodeId: String(NODE.start), UserId: "19337906836551" }));
      const node = expectWireShape(standardEnvelope(zNodeWire), await engine.call("GetNode", { ...PROD, NodeId: String(NODE.start) }));
      expect(node.Data.OwnerId).toBe("19337906836551");
      expect((await engine.fail("UpdateNodeOwner", { ...PROD, NodeId: "77", UserId: "x" })).code).toBe("Invalid.Node.NotExists");
    });
  });

  describe("runs that create DAGs", () => {
    it("RunCycleDagNodes creates one backfill DAG per business date, linked by OpSeq", async () => {
      const answer = expectWireShape(
        standardEnvelope(z.array(zWireLong)),
        await engine.call("RunCycleDagNodes", {
          ...PROD,
          Name: "refill_may",
          RootNodeId: String(NODE.ods),
          IncludeNodeIds: `${NODE.ods},${NODE.dwd}`,
          StartBizDate: "2024-05-22 00:00:00",
          EndBizDate: "2024-05-23 00:00:00",
          Parallelism: "false",
          NodeParams: `{${NODE.ods}:"region=east"}`,
        }),
      );
      expect(answer.Data).toHaveLength(2);
      const dags = await Promise.all(
        answer.Data.map(async (dagId) => expectWireShape(standardEnvelope(zDagWire), await engine.call("GetDag", { ...PROD, DagId: exactDigits(dagId) })).Data),
      );
      expect(dags.map((dag) => [dag.Type, dag.Name])).toEqual([
        ["SUPPLY_DATA", "refill_may"],
        ["SUPPLY_DATA", "refill_may"],
      ]);
      const opSeq = exactDigits(dags[0]?.OpSeq);
      const listed = expectWireShape(standardEnvelope(z.strictObject({ Dags: z.array(zDagWire) })), await engine.call("ListDags", { ...PROD, OpSeq: opSeq }));
      expect(listed.Data.Dags.map((dag) => exactDigits(dag.DagId))).toEqual(answer.Data.map(exactDigits));
      const instances = await engine.call<{ Data: { Instances: { NodeName: string; ParamValues: string; CreateUser: string }[] } }>("ListInstances", {
        ...PROD,
        ProjectId: String(PROJECT_ID),
        DagId: exactDigits(answer.Data[0]),
      });
      expect(instances.Data.Instances.find((instance) => instance.NodeName === "ods_orders")).toMatchObject({ ParamValues: "region=east", CreateUser: CONTRACT_KEY.id });
    });

    it("RunCycleDagNodes refuses a time of day in the business dates and unknown nodes", async () => {
      const base = { ...PROD, Name: "x", RootNodeId: String(NODE.ods), IncludeNodeIds: String(NODE.ods), EndBizDate: "2024-05-23 00:00:00", Parallelism: "true" };
      expect((await engine.fail("RunCycleDagNodes", { ...base, StartBizDate: "2024-05-22 10:00:00" })).code).toBe("InvalidParameter");
      expect((await engine.fail("RunCycleDagNodes", { ...base, StartBizDate: "2024-05-22 00:00:00", IncludeNodeIds: `${NODE.ods},88` })).code).toBe("Invalid.Node.NotExists");
      expect((await engine.fail("RunCycleDagNodes", { ...base, StartBizDate: "2024-05-22 00:00:00", Parallelism: "maybe" })).code).toBe("InvalidParameter");
    });

    it("RunSmokeTest creates a SMOKE_TEST DAG and answers its ID", async () => {
      const answer = expectWireShape(
        standardEnvelope(zWireLong),
        await engine.call("RunSmokeTest", { ...PROD, Name: "try_ods", NodeId: String(NODE.ods), Bizdate: "2024-05-25 00:00:00", NodeParams: "region=west" }),
      );
      const dag = expectWireShape(standardEnvelope(zDagWire), await engine.call("GetDag", { ...PROD, DagId: exactDigits(answer.Data) }));
      expect(dag.Data).toMatchObject({ Type: "SMOKE_TEST", Name: "try_ods", CreateUser: CONTRACT_KEY.id });
    });

    it("RunManualDagNodes runs a manual flow and answers only RequestId and DagId", async () => {
      const answer = expectWireShape(
        bareEnvelope({ DagId: zWireLong }),
        await engine.call("RunManualDagNodes", { ...PROD, ProjectName: PROJECT_IDENTIFIER, FlowName: "repair_flow", BizDate: "2024-05-25 00:00:00", DagParameters: '{"region":"north"}' }),
      );
      const instances = await engine.call<{ Instances: { NodeName: string; TaskType: string }[] }>("ListManualDagInstances", {
        ...PROD,
        ProjectName: PROJECT_IDENTIFIER,
        DagId: exactDigits(answer.DagId),
      });
      expect(instances.Instances.map((instance) => [instance.NodeName, instance.TaskType])).toEqual([["manual_fix", "MANUAL(1)"]]);
    });

    it("RunManualDagNodes refuses today's business date and an unknown flow or workspace", async () => {
      const base = { ...PROD, ProjectName: PROJECT_IDENTIFIER, FlowName: "repair_flow" };
      expect((await engine.fail("RunManualDagNodes", { ...base, BizDate: "2024-05-27 00:00:00" })).code).toBe("Invalid.Wkbench.Parameter");
      expect((await engine.fail("RunManualDagNodes", { ...base, BizDate: "2024-05-25 00:00:00", FlowName: "no_flow" })).code).toBe("Invalid.Wkbench.Parameter");
      expect((await engine.fail("RunManualDagNodes", { ...base, BizDate: "2024-05-25 00:00:00", ProjectName: "nowhere" })).code).toBe("Invalid.Tenant.ProjectNotExists");
      expect((await engine.fail("RunManualDagNodes", { ...base, BizDate: "2024-05-25 00:00:00", DagParameters: "[1]" })).code).toBe("Invalid.Wkbench.Parameter");
    });
  });

  describe("ListInstanceOperations", () => {
    it("pages the project's audit newest first with a keyset cursor", async () => {
      const all = await operationsOn({ ProjectId: String(PROJECT_ID) });
      expect(all.Data.Operations.length).toBeGreaterThan(5);
      const seen: string[] = [];
      let page = await operationsOn({ ProjectId: String(PROJECT_ID) }, "2");
      seen.push(...page.Data.Operations.map((operation) => exactDigits(operation.OperationId)));
      while (page.Data.NextCursor !== null) {
        page = expectWireShape(zOperationsAnswer, await engine.call("ListInstanceOperations", { ...PROD, ProjectId: String(PROJECT_ID), PageSize: "2", Cursor: page.Data.NextCursor }));
        seen.push(...page.Data.Operations.map((operation) => exactDigits(operation.OperationId)));
      }
      expect(seen).toEqual(all.Data.Operations.map((operation) => exactDigits(operation.OperationId)));
      expect(all.Data.Operations.some((operation) => operation.Result === "REFUSED" && operation.ErrorCode === "Invalid.Instance.StatusNotAllowed")).toBe(true);
    });

    it("needs exactly one target or a project", async () => {
      expect((await engine.fail("ListInstanceOperations", { ...PROD })).code).toBe("MissingParameter");
      expect((await engine.fail("ListInstanceOperations", { ...PROD, InstanceId: "1", NodeId: "2" })).code).toBe("InvalidParameter");
      expect((await engine.fail("ListInstanceOperations", { ...PROD, ProjectId: "1", Cursor: "abc" })).code).toBe("InvalidParameter");
    });
  });
});
