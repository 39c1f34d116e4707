import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { testDialects } from "../../store/queries/testing/dialects";
import { raiseAlert } from "./raise-alert";
import type { RaiseAlertInput } from "./types";

const T0 = Date.UTC(2024, 4, 1, 2, 0, 0);
const PROJECT = 10_001n;

function alertAt(at: number, overrides: Partial<RaiseAlertInput> = {}): RaiseAlertInput {
  return {
    source: "REMIND_ALERT",
    projectId: PROJECT,
    dedupeKey: "remind:1:ERROR:11000000001",
    title: "ods_orders failed",
    content: "Instance 11000000001 of ods_orders failed at 02:00.",
    receivers: { users: ["alice"], methods: ["MAIL"], channels: ["ops"] },
    at,
    intervalSeconds: 1800,
    ...overrides,
  };
}

describe.each(await testDialects())("raiseAlert on %s", (dialect) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await database.prisma.alertChannel.create({ data: { projectId: 0n, name: "ops", kind: "WEBHOOK", url: "http://127.0.0.1:9/hook", format: "slack", secretEnv: "HOOK_SECRET" } });
    await database.prisma.alertContact.create({ data: { projectId: PROJECT, userId: "alice", email: "alice@example.test" } });
  });
  afterAll(async () => database?.drop());

  it("stores the alert and queues one delivery per channel target", async () => {
    const result = await raiseAlert(database, alertAt(T0));
    expect(result).toMatchObject({ deduplicated: false, status: "READY_TO_SEND" });
    const stored = await database.prisma.alertMessage.findUniqueOrThrow({ where: { id: result.alertId } });
    expect(stored).toMatchObject({ source: "REMIND_ALERT", title: "ods_orders failed", alertTime: BigInt(T0), status: "READY_TO_SEND" });
    const deliveries = await database.prisma.alertDelivery.findMany({ where: { alertId: result.alertId }, orderBy: { id: "asc" } });
    expect(deliveries.map((delivery) => [delivery.method, delivery.target, delivery.format, delivery.status])).toEqual([
      ["MAIL", "alice@example.test", "mail", "READY_TO_SEND"],
      ["WEBHOOK", "http://127.0.0.1:9/hook", "slack", "READY_TO_SEND"],
    ]);
  });

  it("does not page twice for the same condition inside the interval, and pages again after it", async () => {
    const first = await raiseAlert(database, alertAt(T0, { dedupeKey: "k-interval" }));
    const again = await raiseAlert(database, alertAt(T0 + 29 * 60_000, { dedupeKey: "k-interval" }));
    expect(again).toMatchObject({ alertId: first.alertId, deduplicated: true });
    const later = await raiseAlert(database, alertAt(T0 + 30 * 60_000, { dedupeKey: "k-interval" }));
    expect(later.deduplicated).toBe(false);
    expect(later.alertId).not.toBe(first.alertId);
  });

  it("stores alerts past the daily limit as SEND_OVERLIMIT without deliveries", async () => {
    const limit = { key: "remind:limit", max: 2, dayStart: T0 - 2 * 3_600_000 };
    const results = [];
    for (let index = 0; index < 3; index++) results.push(await raiseAlert(database, alertAt(T0 + index, { dedupeKey: `limit-${index}`, limit })));
    expect(results.map((result) => result.status)).toEqual(["READY_TO_SEND", "READY_TO_SEND", "SEND_OVERLIMIT"]);
    expect(await database.prisma.alertDelivery.count({ where: { alertId: results[2]!.alertId } })).toBe(0);
  });

  it("records receivers it cannot reach as failed deliveries that say why", async () => {
    const result = await raiseAlert(database, alertAt(T0, { dedupeKey: "unreachable", receivers: { users: ["bob"], methods: ["MAIL", "SMS"], channels: ["missing"] } }));
    expect(result.status).toBe("SEND_FAIL");
    const errors = (await database.prisma.alertDelivery.findMany({ where: { alertId: result.alertId }, orderBy: { id: "asc" } })).map((delivery) => delivery.lastError);
    expect(errors).toEqual([
      expect.stringContaining("no e-mail address for user bob"),
      expect.stringContaining("SMS has no gateway"),
      expect.stringContaining('no channel named "missing"'),
    ]);
  });
});
