import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TActionPreview, TInstanceActionResult, TInstanceListPage, TInstanceSummary } from "@/lib/contracts/instances";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import {
  createTestActor,
  createTestConsoleDb,
  createTestDataService,
  readResponse,
  routeParams,
  startTestEngine,
  testRequest,
  type TTestActor,
  type TTestConsoleDb,
  type TTestEngine,
} from "@/lib/testing";
import { POST as runAction } from "./actions/[action]/route";
import { POST as previewAction } from "./actions/preview/route";
import { GET as listInstances } from "./route";

/** The demo workspace the engine deploys on an empty database. */
const PROJECT_ID = "10000";

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

describe("instances routes against a real engine", () => {
  let consoleDb: TTestConsoleDb;
  let engine: TTestEngine;
  let serviceId: string;
  let viewer: TTestActor;
  let operator: TTestActor;

  beforeAll(async () => {
    consoleDb = await createTestConsoleDb();
    engine = await startTestEngine();
    serviceId = String(await createTestDataService(engine));
    viewer = await createTestActor("viewer");
    operator = await createTestActor("operator");
  }, 120_000);

  afterAll(async () => {
    await engine?.stop();
    await consoleDb?.close();
  });

  const base = () => `/api/s/${serviceId}/p/${PROJECT_ID}/instances`;
  const workspace = () => routeParams({ serviceId, projectId: PROJECT_ID });

  async function list(query: string, as: TTestActor = viewer) {
    return readResponse<{ data: TInstanceListPage } & Partial<ErrorBody>>(await listInstances(testRequest(`${base()}${query}`, { as }), workspace()));
  }

  async function preview(body: unknown, as: TTestActor = operator) {
    return readResponse<{ data: TActionPreview } & Partial<ErrorBody>>(await previewAction(testRequest(`${base()}/actions/preview`, { as, body }), workspace()));
  }

  async function act(action: string, body: unknown, as: TTestActor = operator) {
    const response = await runAction(testRequest(`${base()}/actions/${action}`, { as, body }), routeParams({ serviceId, projectId: PROJECT_ID, action }));
    return readResponse<{ data: TInstanceActionResult } & Partial<ErrorBody>>(response);
  }

  /** A finished instance of an earlier business date (the scheduler leaves those alone). */
  async function pastInstance(status: "SUCCESS" | "FAILURE", skip = 0): Promise<TInstanceSummary> {
    const { body } = await list(`?status=${status}&pageSize=100`);
    const latest = body.data.items[0]?.bizdate ?? "";
    const past = body.data.items.filter((item) => item.bizdate < latest);
    const found = past[skip];
    if (!found) throw new Error(`the demo has no past ${status} instance #${skip}`);
    return found;
  }

  async function operationsOf(instanceId: string) {
    const client = await getDataWorksClient(Number(serviceId));
    const answer = await client.call(
      "ListInstanceOperations",
      { InstanceId: instanceId, PageSize: 100 },
      z.object({ Data: z.object({ Operations: z.array(z.object({ Action: z.string(), Result: z.string(), Operator: z.string(), Reason: z.string() })) }) }),
    );
    return answer.Data.Operations;
  }

  describe("GET …/instances", () => {
    it("lists a page of the workspace's instances with the filter applied, the zone, and a cursor to the next page", async () => {
      const { status, body } = await list("?status=SUCCESS&pageSize=25");
      expect(status).toBe(200);
      expect(body.data.items).toHaveLength(25);
      expect(body.data.items.every((item) => item.status === "SUCCESS")).toBe(true);
      expect(body.data).toMatchObject({ paging: "cursor", page: 1, timezone: "Asia/Shanghai", needsNode: false, hasNextPage: true });
      expect(body.data.items[0]?.owner).toEqual(expect.any(String));
      const next = await list(`?status=SUCCESS&pageSize=25&cursor=${encodeURIComponent(body.data.nextCursor ?? "")}`);
      expect(next.status).toBe(200);
      expect(next.body.data.page).toBe(2);
      const firstIds = new Set(body.data.items.map((item) => item.instanceId));
      expect(next.body.data.items.some((item) => firstIds.has(item.instanceId))).toBe(false);
    });

    it("answers 422 naming the field for a bad filter, and 401 without a session", async () => {
      const bad = await list("?status=EXPLODED");
      expect(bad.status).toBe(422);
      expect(bad.body.error?.code).toBe("VALIDATION_FAILED");
      expect(bad.body.error?.issues?.[0]?.path).toMatch(/^status/);
      const range = await list("?from=2026-01-10&to=2026-01-01");
      expect(range.status).toBe(422);
      expect(range.body.error?.issues?.map((issue) => issue.path)).toContain("to");
      const anonymous = await readResponse(await listInstances(testRequest(base()), workspace()));
      expect(anonymous.status).toBe(401);
    });
  });

  describe("POST …/instances/actions", () => {
    it("refuses a viewer with 403, for the preview and for the action", async () => {
      const failed = await pastInstance("FAILURE");
      expect((await preview({ action: "rerun", ids: [failed.instanceId] }, viewer)).status).toBe(403);
      const refused = await act("rerun", { ids: [failed.instanceId], reason: "", expectedCount: 1, requestKey: randomUUID() }, viewer);
      expect(refused.status).toBe(403);
      expect(refused.body.error?.code).toBe("FORBIDDEN");
    });

    it("previews what each instance will do by state, with downstream counts", async () => {
      const failed = await pastInstance("FAILURE");
      const succeeded = await pastInstance("SUCCESS");
      const { status, body } = await preview({ action: "set-success", ids: [failed.instanceId, succeeded.instanceId, "999999999999"] });
      expect(status).toBe(200);
      const verdicts = Object.fromEntries(body.data.items.map((item) => [item.instance.instanceId, item.verdict]));
      expect(verdicts).toEqual({ [failed.instanceId]: "applies", [succeeded.instanceId]: "noop" });
      expect(body.data.missingIds).toEqual(["999999999999"]);
      expect(body.data.counts).toEqual({ total: 2, applies: 1, noop: 1, refused: 0 });
      expect(body.data.isReasonRequired).toBe(true);
      expect(body.data.downstream.isAvailable).toBe(true);
      expect(body.data.items.every((item) => item.downstream !== null)).toBe(true);
    });

    it("resolves 'all that match' to at most 1,000 instances and says when more match", async () => {
      const { status, body } = await preview({ action: "suspend", filter: {} });
      expect(status).toBe(200);
      expect(body.data.items).toHaveLength(1_000);
      expect(body.data.isTruncated).toBe(true);
    });

    it("answers 422 naming the field for bad bodies and a missing reason", async () => {
      const failed = await pastInstance("FAILURE");
      const badId = await act("rerun", { ids: ["not-an-id"], reason: "", expectedCount: 1, requestKey: randomUUID() });
      expect(badId.status).toBe(422);
      expect(badId.body.error?.issues?.[0]?.path).toBe("ids.0");
      const both = await act("rerun", { reason: "", expectedCount: 1, requestKey: randomUUID() });
      expect(both.status).toBe(422);
      expect(both.body.error?.issues?.map((issue) => issue.path)).toContain("ids");
      const noReason = await act("set-success", { ids: [failed.instanceId], reason: "  ", expectedCount: 1, requestKey: randomUUID() });
      expect(noReason.status).toBe(422);
      expect(noReason.body.error?.issues).toEqual([{ path: "reason", message: "required" }]);
      const badAction = await readResponse<ErrorBody>(
        await runAction(
          testRequest(`${base()}/actions/explode`, { as: operator, body: { ids: [failed.instanceId], reason: "x", expectedCount: 1, requestKey: randomUUID() } }),
          routeParams({ serviceId, projectId: PROJECT_ID, action: "explode" }),
        ),
      );
      expect(badAction.status).toBe(422);
      expect(badAction.body.error.issues?.[0]?.path).toBe("action");
      // Nothing was sent to the engine for any of them.
      expect((await operationsOf(failed.instanceId)).filter((operation) => operation.Action === "SetSuccessInstance")).toEqual([]);
    });

    it("refuses with 409 when the selection no longer holds the confirmed count", async () => {
      const failed = await pastInstance("FAILURE");
      const { status, body } = await act("rerun", { ids: [failed.instanceId], reason: "", expectedCount: 2, requestKey: randomUUID() });
      expect(status).toBe(409);
      expect(body.error?.code).toBe("CONFLICT");
    });

    it("acts per instance with the operator's name and reason, reports applied / noop / refused, audits once, and does not act twice on a retry", async () => {
      const failed = await pastInstance("FAILURE", 1);
      const succeeded = await pastInstance("SUCCESS", 1);
      const waiting = (await list("?status=NOT_RUN&pageSize=25")).body.data.items[0];
      if (!waiting) throw new Error("the demo has no waiting instance");
      const requestKey = randomUUID();
      const body = { ids: [failed.instanceId, succeeded.instanceId, waiting.instanceId], reason: "late upstream fixed by hand", expectedCount: 3, requestKey };

      const first = await act("set-success", body);
      expect(first.status).toBe(200);
      const outcomes = Object.fromEntries(first.body.data.items.map((item) => [item.instanceId, item.outcome]));
      expect(outcomes).toEqual({ [failed.instanceId]: "applied", [succeeded.instanceId]: "noop", [waiting.instanceId]: "refused" });
      const refusedItem = first.body.data.items.find((item) => item.instanceId === waiting.instanceId);
      expect(refusedItem?.code).toBe("REFUSED_BY_STATE");
      expect(refusedItem?.message).toEqual(expect.any(String));
      expect(first.body.data.result).toBe("partial");
      expect(first.body.data.counts).toEqual({ applied: 1, noop: 1, refused: 1, failed: 0 });

      const records = await consoleDb.db.auditRecord.findMany({ where: { action: "instances.set-success", details: { contains: requestKey } } });
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ actorName: operator.username, result: "partial", reason: "late upstream fixed by hand", projectId: PROJECT_ID, serviceId: Number(serviceId) });
      expect(JSON.parse(records[0]?.targetIds ?? "[]")).toEqual(body.ids);
      expect(JSON.parse(records[0]?.details ?? "null")).toMatchObject({ requestKey, outcomes: { applied: [failed.instanceId], noop: [succeeded.instanceId], refused: { REFUSED_BY_STATE: [waiting.instanceId] } } });

      const applied = (await operationsOf(failed.instanceId)).filter((operation) => operation.Action === "SetSuccessInstance");
      expect(applied).toEqual([expect.objectContaining({ Result: "APPLIED", Operator: operator.username, Reason: "late upstream fixed by hand" })]);

      const retry = await act("set-success", body);
      expect(retry.status).toBe(200);
      expect(retry.body.data.items.map((item) => [item.outcome, item.isReplayed])).toEqual([
        ["applied", true],
        ["noop", true],
        ["refused", true],
      ]);
      // The engine saw each instance once.
      expect((await operationsOf(failed.instanceId)).filter((operation) => operation.Action === "SetSuccessInstance")).toHaveLength(1);
      expect((await operationsOf(waiting.instanceId)).filter((operation) => operation.Action === "SetSuccessInstance")).toHaveLength(1);
      // The retry is a request of its own in the audit trail.
      expect(await consoleDb.db.auditRecord.count({ where: { action: "instances.set-success", details: { contains: requestKey } } })).toBe(2);
    });

    it("acts on one instance without a reason (the detail page's single actions)", async () => {
      const succeeded = await pastInstance("SUCCESS", 2);
      const { status, body } = await act("rerun", { ids: [succeeded.instanceId], expectedCount: 1, requestKey: randomUUID() });
      expect(status).toBe(200);
      expect(body.data.items[0]).toMatchObject({ instanceId: succeeded.instanceId, outcome: "applied" });
      expect(body.data.result).toBe("ok");
    });
  });
});
