import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BASELINE_ID, NODE, ODS_TABLE_OUTPUT, PROJECT_ID, PROJECT_IDENTIFIER } from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { bareEnvelope, exactDigits, expectWireShape, standardEnvelope, zNodeSummaryWire, zNodeWire, zWireInt, zWireLong } from "../testing/wire-schemas";

const zListNodesAnswer = standardEnvelope(z.strictObject({ PageNumber: zWireInt, PageSize: zWireInt, TotalCount: zWireInt, Nodes: z.array(zNodeWire) }));

const zOutputNodeWire = z.strictObject({
  BaselineId: zWireLong.nullable(),
  Connection: z.string(),
  CronExpress: z.string(),
  Description: z.string(),
  DqcDescription: z.null(),
  DqcType: z.literal(1),
  FileType: z.string(),
  NodeId: zWireLong,
  NodeName: z.string(),
  OwnerId: z.string(),
  ParamValues: z.string(),
  Priority: zWireInt,
  ProgramType: z.string(),
  ProjectId: zWireLong,
  RelatedFlowId: z.null(),
  RepeatInterval: zWireInt,
  Repeatability: z.boolean(),
  ResGroupName: z.string().nullable(),
  SchedulerType: z.enum(["NORMAL", "MANUAL", "PAUSE", "SKIP"]),
});

const zListFileTypeAnswer = bareEnvelope({
  NodeTypeInfoList: z.strictObject({
    NodeTypeInfo: z.array(z.strictObject({ NodeType: zWireInt, NodeTypeName: z.string() })),
    PageNumber: zWireInt,
    PageSize: zWireInt,
    TotalCount: zWireInt,
  }),
});

const PROD = { ProjectEnv: "PROD" };

describe.each(await testDialects())("node Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
  });

  afterAll(async () => {
    await engine?.close();
  });

  describe("GetNode and GetNodeCode", () => {
    it("answers a node in the spec's shape, its 64-bit ID exact", async () => {
      const answer = expectWireShape(standardEnvelope(zNodeWire), await engine.call("GetNode", { ...PROD, NodeId: String(NODE.dwd) }));
      expect(exactDigits(answer.Data.NodeId)).toBe(String(NODE.dwd));
      expect(exactDigits(answer.Data.BaselineId)).toBe(String(BASELINE_ID));
      expect(answer.Data).toMatchObject({
        NodeName: "dwd_orders",
        ProgramType: "SHELL",
        SchedulerType: "NORMAL",
        OwnerId: "bob",
        Priority: 8,
        ResGroupName: "Shared group",
        Connection: "odps_first",
        ParamValues: "bizdate=$bizdate",
        CronExpress: "00 00 00 * * ?",
        RepeatInterval: 60,
        Repeatability: true,
      });
      const raw = await engine.raw("GetNode", { ...PROD, NodeId: String(NODE.dwd) });
      expect(raw.text).toContain(`"NodeId":${NODE.dwd}`);
    });

    it("derives Repeatability from the rerun mode and gives seconds for the node's RepeatInterval", async () => {
      const dws = expectWireShape(standardEnvelope(zNodeWire), await engine.call("GetNode", { ...PROD, NodeId: String(NODE.dws) }));
      expect(dws.Data.Repeatability).toBe(false);
      const ods = expectWireShape(standardEnvelope(zNodeWire), await engine.call("GetNode", { ...PROD, NodeId: String(NODE.ods) }));
      expect(ods.Data.RepeatInterval).toBe(120);
      expect(ods.Data.BaselineId).toBeNull();
    });

    it("answers the node's command as its code", async () => {
      const answer = expectWireShape(standardEnvelope(z.string()), await engine.call("GetNodeCode", { ...PROD, NodeId: String(NODE.dws) }));
      expect(answer.Data).toBe("select 1;");
    });

    it("answers a deleted or unknown node with Invalid.Node.NotExists, and DEV with a business error", async () => {
      const deleted = await engine.fail("GetNode", { ...PROD, NodeId: String(NODE.deleted) });
      expect(deleted.code).toBe("Invalid.Node.NotExists");
      expect(deleted.data).toMatchObject({ HttpStatusCode: 404 });
      expect((await engine.fail("GetNodeCode", { ...PROD, NodeId: "5" })).code).toBe("Invalid.Node.NotExists");
      expect((await engine.fail("GetNode", { ProjectEnv: "DEV", NodeId: String(NODE.ods) })).code).toBe("Invalid.Wkbench.Parameter");
      expect((await engine.fail("GetNode", { ProjectEnv: "TEST", NodeId: String(NODE.ods) })).code).toBe("InvalidParameter");
    });
  });

  describe("ListNodes", () => {
    it("pages a workspace's deployed nodes with the spec's paging fields", async () => {
      const first = expectWireShape(zListNodesAnswer, await engine.call("ListNodes", { ...PROD, ProjectId: String(PROJECT_ID), PageSize: "3" }));
      expect(first.Data).toMatchObject({ PageNumber: 1, PageSize: 3, TotalCount: 7 });
      const third = expectWireShape(zListNodesAnswer, await engine.call("ListNodes", { ...PROD, ProjectId: String(PROJECT_ID), PageSize: "3", PageNumber: "3" }));
      expect(third.Data.Nodes.map((node) => exactDigits(node.NodeId))).toEqual([String(NODE.dwd)]);
    });

    it("filters by name substring, owner, program type and business flow", async () => {
      const named = expectWireShape(zListNodesAnswer, await engine.call("ListNodes", { ...PROD, ProjectId: String(PROJECT_ID), NodeName: "Orders" }));
      expect(named.Data.Nodes.map((node) => node.NodeName)).toEqual(["ods_orders", "dwd_orders"]);
      const combined = expectWireShape(
        zListNodesAnswer,
        await engine.call("ListNodes", { ...PROD, ProjectId: String(PROJECT_ID), Owner: "bob", ProgramType: "ODPS_SQL" }),
      );
      expect(combined.Data.Nodes.map((node) => node.NodeName)).toEqual(["dws_sales"]);
      const flow = expectWireShape(zListNodesAnswer, await engine.call("ListNodes", { ...PROD, ProjectId: String(PROJECT_ID), BizName: "repair_flow" }));
      expect(flow.Data.Nodes.map((node) => [node.NodeName, node.SchedulerType])).toEqual([["manual_fix", "MANUAL"]]);
    });

    it.each([
      ["PageNumber", "101"],
      ["PageSize", "0"],
      ["PageSize", "101"],
    ])("answers %s=%s with InvalidParameter", async (name, value) => {
      const error = await engine.fail("ListNodes", { ...PROD, ProjectId: String(PROJECT_ID), [name]: value });
      expect(error.code).toBe("InvalidParameter");
    });
  });

  describe("GetNodeParents and GetNodeChildren", () => {
    it("answer the direct relatives in the reduced node shape", async () => {
      const zAnswer = standardEnvelope(z.strictObject({ Nodes: z.array(zNodeSummaryWire) }));
      const parents = expectWireShape(zAnswer, await engine.call("GetNodeParents", { ...PROD, NodeId: String(NODE.dws) }));
      expect(parents.Data.Nodes.map((node) => exactDigits(node.NodeId))).toEqual([String(NODE.dwd)]);
      expect(exactDigits(parents.Data.Nodes[0]?.BaselineId)).toBe(String(BASELINE_ID));
      const children = expectWireShape(zAnswer, await engine.call("GetNodeChildren", { ...PROD, NodeId: String(NODE.start) }));
      expect(children.Data.Nodes.map((node) => node.NodeName)).toEqual(["ods_orders", "hourly_clicks"]);
      const leaf = expectWireShape(zAnswer, await engine.call("GetNodeChildren", { ...PROD, NodeId: String(NODE.dws) }));
      expect(leaf.Data.Nodes).toEqual([]);
    });
  });

  describe("ListNodeInputOrOutput", () => {
    const zAnswer = standardEnvelope(z.array(z.strictObject({ TableName: z.string(), Data: z.string(), NodeId: zWireLong })));

    it("lists the parents' outputs as inputs, one level", async () => {
      const answer = expectWireShape(zAnswer, await engine.call("ListNodeInputOrOutput", { ...PROD, NodeId: String(NODE.dwd), IoType: "input" }));
      expect(answer.Data).toEqual([
        { TableName: "", Data: "shop_warehouse.ods_orders_out", NodeId: Number(NODE.ods) },
        { TableName: "ods.orders", Data: ODS_TABLE_OUTPUT, NodeId: Number(NODE.ods) },
      ]);
    });

    it("lists the node's outputs once per child as outputs", async () => {
      const answer = expectWireShape(zAnswer, await engine.call("ListNodeInputOrOutput", { ...PROD, NodeId: String(NODE.ods), IoType: "output" }));
      expect(answer.Data.map((entry) => [entry.Data, exactDigits(entry.NodeId)])).toEqual([
        ["shop_warehouse.ods_orders_out", String(NODE.dwd)],
        [ODS_TABLE_OUTPUT, String(NODE.dwd)],
      ]);
      expect((await engine.fail("ListNodeInputOrOutput", { ...PROD, NodeId: String(NODE.ods), IoType: "both" })).code).toBe("InvalidParameter");
    });
  });

  describe("ListNodesByOutput", () => {
    it("answers one entry per requested output, exact matches only", async () => {
      const zAnswer = standardEnvelope(z.array(z.strictObject({ Output: z.string(), NodeList: z.array(zOutputNodeWire) })));
      const answer = expectWireShape(zAnswer, await engine.call("ListNodesByOutput", { ...PROD, Outputs: `${ODS_TABLE_OUTPUT},shop_warehouse.dws_sales_out,nothing.here` }));
      expect(answer.Data.map((entry) => [entry.Output, entry.NodeList.map((node) => node.NodeName)])).toEqual([
        [ODS_TABLE_OUTPUT, ["ods_orders"]],
        ["shop_warehouse.dws_sales_out", ["dws_sales"]],
        ["nothing.here", []],
      ]);
      expect(answer.Data[1]?.NodeList[0]).toMatchObject({ FileType: "ODPS_SQL", ProgramType: "ODPS_SQL", Repeatability: false, ResGroupName: "Default group" });
    });
  });

  describe("ListFileType", () => {
    it("pages the node type table in the bare envelope, in zh-CN by default", async () => {
      const answer = expectWireShape(zListFileTypeAnswer, await engine.call("ListFileType", { ProjectId: String(PROJECT_ID), PageNumber: "1", PageSize: "5" }));
      expect(answer.NodeTypeInfoList).toMatchObject({ PageNumber: 1, PageSize: 5, TotalCount: 23 });
      expect(answer.NodeTypeInfoList.NodeTypeInfo.map((info) => info.NodeType)).toEqual([6, 10, 11, 23, 24]);
      expect(answer.NodeTypeInfoList.NodeTypeInfo[3]?.NodeTypeName).toBe("数据集成");
    });

    it("searches names in the requested locale and accepts the project by identifier", async () => {
      const english = expectWireShape(
        zListFileTypeAnswer,
        await engine.call("ListFileType", { ProjectIdentifier: PROJECT_IDENTIFIER, PageNumber: "1", PageSize: "50", Locale: "en-US", Keyword: "virtual" }),
      );
      expect(english.NodeTypeInfoList.NodeTypeInfo).toEqual([{ NodeType: 99, NodeTypeName: "Virtual node" }]);
      const chinese = expectWireShape(
        zListFileTypeAnswer,
        await engine.call("ListFileType", { ProjectId: String(PROJECT_ID), PageNumber: "1", PageSize: "50", Locale: "zh-CN", Keyword: "虚拟" }),
      );
      expect(chinese.NodeTypeInfoList.NodeTypeInfo.map((info) => info.NodeType)).toEqual([99]);
    });

    it("requires a workspace and both paging parameters", async () => {
      expect((await engine.fail("ListFileType", { PageNumber: "1", PageSize: "10" })).code).toBe("MissingParameter");
      expect((await engine.fail("ListFileType", { ProjectId: String(PROJECT_ID), PageNumber: "1" })).code).toBe("MissingParameter");
      expect((await engine.fail("ListFileType", { ProjectId: String(PROJECT_ID), PageNumber: "1", PageSize: "101" })).code).toBe("InvalidParameter");
      expect((await engine.fail("ListFileType", { ProjectIdentifier: "no_such_space", PageNumber: "1", PageSize: "10" })).code).toBe("Invalid.Tenant.ProjectNotExists");
    });
  });
});
