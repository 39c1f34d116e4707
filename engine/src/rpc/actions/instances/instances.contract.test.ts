import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  BIG_INSTANCE_ID,
  CURRENT_BIZDATE,
  epochOf,
  LOG_CHUNKS,
  LOGGED_INSTANCE_BIZDATE,
  NODE,
  PROJECT_ID,
  BACKFILL_DAG_IDS,
  BASELINE_ID,
} from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { exactDigits, expectWireShape, standardEnvelope, zInstanceWire, zWireInt } from "../testing/wire-schemas";

const zListInstancesAnswer = standardEnvelope(
  z.strictObject({
    PageNumber: zWireInt,
    PageSize: zWireInt,
    TotalCount: zWireInt,
    Instances: z.array(zInstanceWire),
    IsTotalCountCapped: z.boolean(),
    NextCursor: z.string().nullable(),
  }),
);
type ListInstancesAnswer = z.output<typeof zListInstancesAnswer>;
type InstanceWire = z.output<typeof zInstanceWire>;

const PROJECT = String(PROJECT_ID);
const DAY = `${CURRENT_BIZDATE} 00:00:00`;

describe.each(await testDialects())("instance Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
  });

  afterAll(async () => {
    await engine?.close();
  });

  async function listInstances(params: Record<string, string>): Promise<ListInstancesAnswer> {
    return expectWireShape(zListInstancesAnswer, await engine.call("ListInstances", { ProjectEnv: "PROD", ProjectId: PROJECT, ...params }));
  }

  function seededIds(predicate: (instance: ContractEngine["fixture"]["instances"][number]) => boolean): string[] {
    return engine.fixture.instances
      .filter(predicate)
      .sort((left, right) => right.bizdate - left.bizdate || right.cycTime - left.cycTime || (right.id > left.id ? 1 : -1))
      .map((instance) => String(instance.id));
  }

  describe("ListInstances", () => {
    it("answers the standard envelope with a page of the spec's instance shape and paging defaults", async () => {
      const answer = await listInstances({ Bizdate: DAY });
      expect(answer.Data.PageNumber).toBe(1);
      expect(answer.Data.PageSize).toBe(10);
      expect(answer.Data.TotalCount).toBe(29);
      expect(answer.Data.IsTotalCountCapped).toBe(false);
      expect(answer.Data.Instances).toHaveLength(10);
      expect(answer.Data.NextCursor).toEqual(expect.any(String));
    });

    it("orders one business date by cycle time then instance ID, newest first", async () => {
      const want = seededIds((instance) => instance.projectId === PROJECT_ID && instance.bizdate === epochOf(CURRENT_BIZDATE));
      const pages = await Promise.all([1, 2, 3].map((page) => listInstances({ Bizdate: DAY, PageNumber: String(page), PageSize: "10" })));
      expect(pages.flatMap((page) => page.Data.Instances.map((instance) => exactDigits(instance.InstanceId)))).toEqual(want);
      expect(pages[2]?.Data.NextCursor).toBeNull();
    });

    it("lists project-wide without NodeId (extension) and keeps the spec's NodeId filter", async () => {
      const all = await listInstances({ PageSize: "100" });
      expect(all.Data.TotalCount).toBe(engine.fixture.instances.filter((instance) => instance.projectId === PROJECT_ID).length);
      const oneNode = await listInstances({ NodeId: String(NODE.ods), PageSize: "100" });
      expect(oneNode.Data.Instances.map((instance) => exactDigits(instance.NodeId))).toEqual(new Array(12).fill(String(NODE.ods)));
    });

    it("walks every row exactly once with the NextCursor extension, echoing the first page's total", async () => {
      const filters = { Bizdate: DAY, Status: "SUCCESS,WAIT_TIME,RUNNING" };
      const want = seededIds(
        (instance) => instance.projectId === PROJECT_ID && instance.bizdate === epochOf(CURRENT_BIZDATE) && ["SUCCESS", "WAIT_TIME", "RUNNING"].includes(instance.status),
      );
      const seen: string[] = [];
      let page = await listInstances({ ...filters, PageSize: "4" });
      const pageNumbers = [page.Data.PageNumber];
      seen.push(...page.Data.Instances.map((instance) => exactDigits(instance.InstanceId)));
      while (page.Data.NextCursor !== null) {
        expect(page.Data.TotalCount).toBe(want.length);
        page = await listInstances({ ...filters, PageSize: "4", Cursor: page.Data.NextCursor });
        pageNumbers.push(page.Data.PageNumber);
        seen.push(...page.Data.Instances.map((instance) => exactDigits(instance.InstanceId)));
      }
      expect(seen).toEqual(want);
      expect(new Set(seen).size).toBe(seen.length);
      expect(pageNumbers).toEqual(pageNumbers.map((_, index) => index + 1));
    });

    it("refuses a cursor of another listing and text that is not a cursor", async () => {
      const first = await listInstances({ Bizdate: DAY, PageSize: "2" });
      const cursor = first.Data.NextCursor ?? "";
      const other = await engine.fail("ListInstances", { ProjectEnv: "PROD", ProjectId: PROJECT, Bizdate: DAY, Status: "FAILURE", Cursor: cursor });
      expect(other.code).toBe("InvalidParameter");
      expect(other.message).toContain("Cursor");
      const garbage = await engine.fail("ListInstances", { ProjectEnv: "PROD", ProjectId: PROJECT, Cursor: "bm90LWEtY3Vyc29y" });
      expect(garbage.code).toBe("InvalidParameter");
    });

    it.each([
      ["PageSize", "0"],
      ["PageSize", "101"],
      ["PageNumber", "0"],
      ["PageNumber", "101"],
      ["Bizdate", "2024-05-26"],
      ["Status", "FAILED"],
      ["NodeId", "12ab"],
      ["DagType", "DAILYISH"],
    ])("answers %s=%s with InvalidParameter", async (name, value) => {
      const error = await engine.fail("ListInstances", { ProjectEnv: "PROD", ProjectId: PROJECT, [name]: value });
      expect(error.code).toBe("InvalidParameter");
      expect(error.message).toContain(name);
    });

    it("answers a missing ProjectId with MissingParameter", async () => {
      expect((await engine.fail("ListInstances", { ProjectEnv: "PROD" })).code).toBe("MissingParameter");
    });

    it("writes 64-bit IDs exactly in the raw body and through pop-core's big-number parser", async () => {
      const raw = await engine.raw("ListInstances", { ProjectEnv: "PROD", ProjectId: PROJECT, NodeId: String(NODE.dwd), Bizdate: DAY });
      expect(raw.status).toBe(200);
      expect(raw.text).toContain(`"InstanceId":${BIG_INSTANCE_ID}`);
      expect(raw.text).toContain(`"NodeId":${NODE.dwd}`);
      const answer = await listInstances({ NodeId: String(NODE.dwd), Bizdate: DAY });
      expect(exactDigits(answer.Data.Instances[0]?.InstanceId)).toBe(String(BIG_INSTANCE_ID));
    });

    it("writes times as epoch ms, Bizdate as the workspace's local midnight and TaskType as NAME(code)", async () => {
      const answer = await listInstances({ NodeId: String(NODE.ods), Bizdate: DAY });
      const ods = answer.Data.Instances[0] as InstanceWire;
      const seeded = engine.fixture.instanceOf(NODE.ods, CURRENT_BIZDATE);
      expect(ods.Bizdate).toBe(epochOf(CURRENT_BIZDATE));
      expect(ods.Bizdate).toBe(Date.UTC(2024, 4, 25, 16, 0, 0));
      expect(ods.CycTime).toBe(seeded.cycTime);
      expect(ods.BeginRunningTime).toBe(seeded.beginRunningTime);
      expect(ods.FinishTime).toBe(seeded.finishTime);
      expect(ods.TaskType).toBe("NORMAL(0)");
      expect(ods.RepeatInterval).toBe(120_000);
      expect(ods.TaskRerunTime).toBe(2);
      expect(ods.Priority).toBe(5);
      const frozen = await listInstances({ NodeId: String(NODE.frozen), Bizdate: DAY });
      expect(frozen.Data.Instances[0]?.TaskType).toBe("PAUSE(2)");
      expect(frozen.Data.Instances[0]?.TaskRerunTime).toBeNull();
      const dws = await listInstances({ NodeId: String(NODE.dws), Bizdate: DAY });
      expect(dws.Data.Instances[0]?.Repeatability).toBe(false);
      expect(dws.Data.Instances[0]?.Status).toBe("NOT_RUN");
      expect(dws.Data.Instances[0]?.BeginRunningTime).toBeNull();
    });

    it("filters by node attributes, resolving them to nodes of the project", async () => {
      const byName = await listInstances({ NodeName: "ORDERS", Bizdate: DAY });
      expect(new Set(byName.Data.Instances.map((instance) => instance.NodeName))).toEqual(new Set(["ods_orders", "dwd_orders"]));
      const byOwner = await listInstances({ Owner: "carol", Bizdate: DAY, PageSize: "100" });
      expect(byOwner.Data.TotalCount).toBe(25);
      const byType = await listInstances({ ProgramType: "ODPS_SQL", PageSize: "100" });
      expect(new Set(byType.Data.Instances.map((instance) => instance.NodeName))).toEqual(new Set(["dws_sales"]));
      const byFlow = await listInstances({ BizName: "orders", Bizdate: DAY });
      expect(byFlow.Data.TotalCount).toBe(2);
      const noMatch = await listInstances({ Owner: "nobody" });
      expect(noMatch.Data).toMatchObject({ TotalCount: 0, Instances: [], NextCursor: null });
      const nodeOutsideAttributes = await listInstances({ NodeId: String(NODE.dws), Owner: "alice" });
      expect(nodeOutsideAttributes.Data.TotalCount).toBe(0);
    });

    it("filters by business-date range, DAG, status, DAG type, baseline and suspension", async () => {
      const range = await listInstances({ BeginBizdate: "2024-05-20 00:00:00", EndBizdate: "2024-05-21 00:00:00", NodeId: String(NODE.ods), PageSize: "100" });
      // Same business date and cycle time: the backfill's instance was created later, so its ID is higher.
      expect(range.Data.Instances.map((instance) => [instance.Bizdate, instance.DagType])).toEqual([
        [epochOf("2024-05-21"), "SUPPLY_DATA"],
        [epochOf("2024-05-21"), "DAILY"],
        [epochOf("2024-05-20"), "SUPPLY_DATA"],
        [epochOf("2024-05-20"), "DAILY"],
      ]);
      const backfill = await listInstances({ DagId: String(BACKFILL_DAG_IDS[0]) });
      expect(backfill.Data.Instances.map((instance) => instance.CreateUser)).toEqual(["backfiller", "backfiller"]);
      const failures = await listInstances({ Status: "FAILURE", Bizdate: DAY });
      expect(failures.Data.Instances.map((instance) => instance.NodeName)).toEqual(["frozen_report"]);
      const smoke = await listInstances({ DagType: "SMOKE_TEST" });
      expect(smoke.Data.Instances.map((instance) => instance.DagType)).toEqual(["SMOKE_TEST"]);
      const baseline = await listInstances({ BaselineId: String(BASELINE_ID), PageSize: "100" });
      expect(new Set(baseline.Data.Instances.map((instance) => instance.NodeName))).toEqual(new Set(["dwd_orders"]));
      const suspended = await listInstances({ IsSuspended: "true" });
      expect(suspended.Data.Instances.map((instance) => [instance.NodeName, instance.IsSuspended, instance.Status])).toEqual([["hourly_clicks", true, "WAIT_TIME"]]);
      const disjoint = await listInstances({ Bizdate: DAY, EndBizdate: "2024-05-20 00:00:00" });
      expect(disjoint.Data.TotalCount).toBe(0);
    });

    it("refuses EndBizdate before BeginBizdate", async () => {
      const error = await engine.fail("ListInstances", { ProjectEnv: "PROD", ProjectId: PROJECT, BeginBizdate: "2024-05-21 00:00:00", EndBizdate: "2024-05-20 00:00:00" });
      expect(error.code).toBe("InvalidParameter");
    });

    it("answers ProjectEnv=DEV and an unknown project with business errors", async () => {
      const dev = await engine.fail("ListInstances", { ProjectEnv: "DEV", ProjectId: PROJECT });
      expect(dev.code).toBe("Invalid.Wkbench.Parameter");
      expect(dev.data).toMatchObject({ Success: false, HttpStatusCode: 400, ErrorCode: "Invalid.Wkbench.Parameter" });
      const unknown = await engine.fail("ListInstances", { ProjectEnv: "PROD", ProjectId: "999" });
      expect(unknown.code).toBe("Invalid.Tenant.ProjectNotExists");
      expect(unknown.data).toMatchObject({ HttpStatusCode: 400, ErrorMessage: "The project does not exist." });
    });
  });

  describe("GetInstance and GetInstanceLog", () => {
    it("answers one instance in the same shape, with the 64-bit IDs exact", async () => {
      const answer = expectWireShape(standardEnvelope(zInstanceWire), await engine.call("GetInstance", { ProjectEnv: "PROD", InstanceId: String(BIG_INSTANCE_ID) }));
      expect(exactDigits(answer.Data.InstanceId)).toBe(String(BIG_INSTANCE_ID));
      expect(exactDigits(answer.Data.NodeId)).toBe(String(NODE.dwd));
      expect(answer.Data).toMatchObject({ Status: "RUNNING", NodeName: "dwd_orders", Connection: "odps_first", ParamValues: "bizdate=$bizdate", DagType: "DAILY" });
      expect(exactDigits(answer.Data.BaselineId)).toBe(String(BASELINE_ID));
      const raw = await engine.raw("GetInstance", { ProjectEnv: "PROD", InstanceId: String(BIG_INSTANCE_ID) });
      expect(raw.text).toContain(`"InstanceId":${BIG_INSTANCE_ID}`);
    });

    it("answers an unknown instance with Invalid.Instance.NotExists", async () => {
      const error = await engine.fail("GetInstance", { ProjectEnv: "PROD", InstanceId: "42" });
      expect(error.code).toBe("Invalid.Instance.NotExists");
      expect(error.data).toMatchObject({ HttpStatusCode: 404, Success: false });
    });

    it("answers the log of every attempt as one string, and an empty one before a run", async () => {
      const logged = engine.fixture.instanceOf(NODE.dwd, LOGGED_INSTANCE_BIZDATE);
      const answer = expectWireShape(standardEnvelope(z.string()), await engine.call("GetInstanceLog", { ProjectEnv: "PROD", InstanceId: String(logged.id) }));
      expect(answer.Data).toBe(LOG_CHUNKS.join(""));
      const notRun = engine.fixture.instanceOf(NODE.dws, CURRENT_BIZDATE);
      const empty = expectWireShape(standardEnvelope(z.string()), await engine.call("GetInstanceLog", { ProjectEnv: "PROD", InstanceId: String(notRun.id) }));
      expect(empty.Data).toBe("");
    });
  });
});
