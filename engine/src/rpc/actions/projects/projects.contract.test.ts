import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  GROUP_DEFAULT_ID,
  GROUP_OTHER_ID,
  GROUP_SHARED_ID,
  OTHER_PROJECT_ID,
  PROJECT_ID,
  PROJECT_IDENTIFIER,
} from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { bareEnvelope, exactDigits, expectWireShape, standardEnvelope, zWireInt, zWireLong } from "../testing/wire-schemas";

const CONSOLE_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$/;

const zListProjectsAnswer = bareEnvelope({
  PageResult: z.strictObject({
    PageNumber: zWireInt,
    PageSize: zWireInt,
    TotalCount: zWireInt,
    ProjectList: z.array(
      z.strictObject({
        ProjectDescription: z.string(),
        ProjectId: zWireLong,
        ProjectIdentifier: z.string(),
        ProjectName: z.string(),
        ProjectOwnerBaseId: z.string(),
        ProjectStatus: zWireInt,
        ProjectStatusCode: z.enum(["AVAILABLE", "DELETED", "INITIALIZING", "INIT_FAILED", "FORBIDDEN", "DELETING", "DEL_FAILED", "FROZEN", "UPDATING", "UPDATE_FAILED"]),
      }),
    ),
  }),
});

const zGetProjectAnswer = standardEnvelope(
  z.strictObject({
    Status: zWireInt,
    MaxFlowNode: zWireInt,
    ProjectId: zWireLong,
    IsAllowDownload: zWireInt,
    ProjectMode: z.literal(2),
    GmtModified: z.string().regex(CONSOLE_TIME),
    ProdStorageQuota: z.string(),
    ProjectDescription: z.string(),
    DevelopmentType: z.literal(4),
    TablePrivacyMode: zWireInt,
    DefaultDiResourceGroupIdentifier: z.string(),
    SchedulerMaxRetryTimes: zWireInt,
    ProtectedMode: zWireInt,
    SchedulerRetryInterval: zWireInt,
    Appkey: z.string(),
    DevStorageQuota: z.string(),
    ResidentArea: z.enum(["private", "swap"]),
    IsDefault: z.union([z.literal(0), z.literal(1)]),
    Destination: zWireInt,
    ProjectName: z.string(),
    ProjectIdentifier: z.string(),
    DisableDevelopment: z.boolean(),
    ProjectOwnerBaseId: z.string(),
    BaseProject: z.boolean(),
    UseProxyOdpsAccount: z.boolean(),
    GmtCreate: z.string().regex(CONSOLE_TIME),
    TenantId: zWireLong,
    EnvTypes: z.array(z.enum(["DEV", "PROD"])),
    TimeZone: z.string(),
  }),
);

const zListResourceGroupsAnswer = standardEnvelope(
  z.array(
    z.strictObject({
      BizExtKey: z.enum(["default", "single"]),
      Cluster: z.string(),
      CreateTime: z.string().regex(CONSOLE_TIME),
      EnableKp: z.boolean(),
      Id: zWireLong,
      Identifier: z.string(),
      IsDefault: z.boolean(),
      Mode: z.enum(["ISOLATE", "SHARE", "DEVELOP"]),
      Name: z.string(),
      ResourceGroupType: z.literal("7"),
      Sequence: zWireInt,
      Specs: z.strictObject({ Slots: zWireInt }),
      Status: zWireInt,
      TenantId: zWireLong,
      UpdateTime: z.string().regex(CONSOLE_TIME),
      ProjectId: zWireLong,
      EgressPolicy: z.strictObject({
        AllowCidrs: z.array(z.string()),
        DenyCidrs: z.array(z.string()),
        AllowLoopback: z.boolean(),
        AlwaysDeniedCidrs: z.array(z.string()),
        IsDefault: z.boolean(),
      }),
    }),
  ),
);

describe.each(await testDialects())("workspace Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
  });

  afterAll(async () => {
    await engine?.close();
  });

  describe("ListProjects", () => {
    it("pages the workspaces in the bare envelope under PageResult", async () => {
      const first = expectWireShape(zListProjectsAnswer, await engine.call("ListProjects", { PageNumber: "1", PageSize: "1" }));
      expect(first.PageResult).toMatchObject({ PageNumber: 1, PageSize: 1, TotalCount: 2 });
      expect(first.PageResult.ProjectList).toEqual([
        {
          ProjectDescription: "Orders and clicks",
          ProjectId: Number(PROJECT_ID),
          ProjectIdentifier: PROJECT_IDENTIFIER,
          ProjectName: "Shop warehouse",
          ProjectOwnerBaseId: "1933790683",
          ProjectStatus: 0,
          ProjectStatusCode: "AVAILABLE",
        },
      ]);
      const second = expectWireShape(zListProjectsAnswer, await engine.call("ListProjects", { PageNumber: "2", PageSize: "1" }));
      expect(second.PageResult.ProjectList.map((project) => exactDigits(project.ProjectId))).toEqual([String(OTHER_PROJECT_ID)]);
      const beyond = expectWireShape(zListProjectsAnswer, await engine.call("ListProjects", { PageNumber: "3", PageSize: "1" }));
      expect(beyond.PageResult.ProjectList).toEqual([]);
    });

    it("requires PageNumber and bounds PageSize to 1–100", async () => {
      expect((await engine.fail("ListProjects", {})).code).toBe("MissingParameter");
      expect((await engine.fail("ListProjects", { PageNumber: "1", PageSize: "101" })).code).toBe("InvalidParameter");
      expect((await engine.fail("ListProjects", { PageNumber: "0" })).code).toBe("InvalidParameter");
    });
  });

  describe("GetProject", () => {
    it("describes a simple-mode workspace with a production environment only", async () => {
      const answer = expectWireShape(zGetProjectAnswer, await engine.call("GetProject", { ProjectId: String(PROJECT_ID) }));
      expect(answer.Data).toMatchObject({
        ProjectIdentifier: PROJECT_IDENTIFIER,
        EnvTypes: ["PROD"],
        IsDefault: 1,
        DefaultDiResourceGroupIdentifier: "default_group",
        SchedulerMaxRetryTimes: 3,
        SchedulerRetryInterval: 120_000,
        TimeZone: "Asia/Shanghai",
        // 2024-01-02 03:04:05 UTC in Shanghai.
        GmtCreate: "Jan 2, 2024 11:04:05 AM",
      });
      const other = expectWireShape(zGetProjectAnswer, await engine.call("GetProject", { ProjectId: String(OTHER_PROJECT_ID) }));
      expect(other.Data).toMatchObject({ IsDefault: 0, TimeZone: "UTC", DefaultDiResourceGroupIdentifier: "other_group" });
    });

    it("answers an unknown workspace with Invalid.Tenant.ProjectNotExists", async () => {
      const error = await engine.fail("GetProject", { ProjectId: "1" });
      expect(error.code).toBe("Invalid.Tenant.ProjectNotExists");
      expect(error.data).toMatchObject({ HttpStatusCode: 400, Success: false });
    });
  });

  describe("ListResourceGroups", () => {
    it("lists the scheduling resource groups of every workspace, in creation order", async () => {
      const answer = expectWireShape(zListResourceGroupsAnswer, await engine.call("ListResourceGroups", { ResourceGroupType: "1" }));
      expect(answer.Data.map((group) => [exactDigits(group.Id), group.Sequence, group.BizExtKey, group.IsDefault])).toEqual([
        [String(GROUP_DEFAULT_ID), 1, "single", true],
        [String(GROUP_SHARED_ID), 2, "default", false],
        [String(GROUP_OTHER_ID), 3, "single", true],
      ]);
      expect(answer.Data[0]?.Specs).toEqual({ Slots: 4 });
    });

    it("filters by keyword, category and the ProjectId extension", async () => {
      const keyword = expectWireShape(zListResourceGroupsAnswer, await engine.call("ListResourceGroups", { ResourceGroupType: "1", Keyword: "SHARED" }));
      expect(keyword.Data.map((group) => group.Identifier)).toEqual(["shared_group"]);
      const exclusive = expectWireShape(zListResourceGroupsAnswer, await engine.call("ListResourceGroups", { ResourceGroupType: "0", BizExtKey: "single" }));
      expect(exclusive.Data.map((group) => group.Identifier)).toEqual(["default_group", "other_group"]);
      const project = expectWireShape(zListResourceGroupsAnswer, await engine.call("ListResourceGroups", { ResourceGroupType: "7", ProjectId: String(OTHER_PROJECT_ID) }));
      expect(project.Data.map((group) => group.Identifier)).toEqual(["other_group"]);
    });

    it("has no groups of engine types and refuses unknown types", async () => {
      const engines = expectWireShape(zListResourceGroupsAnswer, await engine.call("ListResourceGroups", { ResourceGroupType: "2" }));
      expect(engines.Data).toEqual([]);
      expect((await engine.fail("ListResourceGroups", { ResourceGroupType: "5" })).code).toBe("InvalidParameter");
      expect((await engine.fail("ListResourceGroups", {})).code).toBe("MissingParameter");
    });
  });
});
