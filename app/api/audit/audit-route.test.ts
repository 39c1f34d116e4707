import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing/test-console-db";
import { createTestActor, readResponse, testRequest, type TTestActor } from "@/lib/testing/test-requests";
import { GET as listAudit } from "./route";

let testDb: TTestConsoleDb;
let viewer: TTestActor;

type Page = { data: { items: { id: number; action: string; actorName: string; result: string; targetIds: string[]; details: unknown }[]; nextCursor: string | null } };

beforeAll(async () => {
  testDb = await createTestConsoleDb();
  viewer = await createTestActor("viewer", { username: "reader" });
  const ana = { userId: 1001, username: "ana" };
  const ben = { userId: 1002, username: "ben" };
  for (let i = 0; i < 5; i += 1) {
    await recordAudit({ actor: ana, action: "instances.rerun", targetType: "instance", targetIds: [`1100000411${i}`], result: "ok", requestId: `r${i}` });
  }
  await recordAudit({ actor: ben, action: "instances.stop", targetType: "instance", targetIds: ["9007199254740993"], result: "partial", details: { items: [{ id: 9007199254740993n, result: "failed" }] }, requestId: "rb", serviceId: 1, projectId: "10000" });
  await recordAudit({ actor: ben, action: "users.create", targetType: "user", targetIds: ["12"], result: "ok", requestId: "ru" });
});
afterAll(() => testDb.close());

async function list(query: string) {
  return readResponse<Page>(await listAudit(testRequest(`/api/audit${query}`, { as: viewer })));
}

describe("GET /api/audit", () => {
  it("lists newest first", async () => {
    const { status, body } = await list("");
    expect(status).toBe(200);
    expect(body.data.items.map((item) => item.action).slice(0, 2)).toEqual(["users.create", "instances.stop"]);
  });

  it("filters by actor, action prefix, result and target id", async () => {
    expect((await list("?actor=ana")).body.data.items).toHaveLength(5);
    expect((await list("?action=instances.")).body.data.items).toHaveLength(6);
    const partial = (await list("?result=partial")).body.data.items;
    expect(partial).toHaveLength(1);
    expect(partial[0]?.details).toEqual({ items: [{ id: "9007199254740993", result: "failed" }] });
    expect((await list("?targetId=9007199254740993")).body.data.items.map((item) => item.actorName)).toEqual(["ben"]);
    // A target id is matched whole: "1" does not find "12".
    expect((await list("?targetId=1")).body.data.items).toHaveLength(0);
  });

  it("filters by time", async () => {
    expect((await list(`?until=${encodeURIComponent("2000-01-01T00:00:00Z")}`)).body.data.items).toHaveLength(0);
    expect((await list(`?since=${encodeURIComponent("2000-01-01T00:00:00Z")}`)).body.data.items.length).toBeGreaterThanOrEqual(7);
  });

  it("pages with a cursor without repeating or skipping records", async () => {
    const first = await list("?actor=ana&limit=2");
    expect(first.body.data.items).toHaveLength(2);
    const seen = [...first.body.data.items];
    let cursor = first.body.data.nextCursor;
    while (cursor) {
      const next = await list(`?actor=ana&limit=2&cursor=${cursor}`);
      seen.push(...next.body.data.items);
      cursor = next.body.data.nextCursor;
    }
    expect(seen.map((item) => item.targetIds[0])).toEqual(["11000004114", "11000004113", "11000004112", "11000004111", "11000004110"]);
  });

  it("needs a session", async () => {
    expect((await listAudit(testRequest("/api/audit"))).status).toBe(401);
  });
});
