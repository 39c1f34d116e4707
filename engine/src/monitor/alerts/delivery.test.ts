import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeClock } from "../../runtime/clock";
import { openDatabase, type Database } from "../../store/database";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { createDeliveryWorker } from "./delivery-worker";
import { raiseAlert } from "./raise-alert";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from "./signing";
import type { RaiseAlertInput } from "./types";

const T0 = Date.UTC(2024, 4, 1, 2, 0, 0);
const PROJECT = 10_001n;
const SECRET = "test-signing-secret-0123456789";

type Received = { path: string; headers: http.IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1 that can be taken down and brought back on the same port. */
class Receiver {
  received: Received[] = [];
  private server: http.Server | null = null;
  port = 0;

  async up(): Promise<void> {
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        this.received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.writeHead(200, { "content-type": "application/json" }).end(request.url?.startsWith("/dingtalk") || request.url?.startsWith("/wecom") ? '{"errcode":0,"errmsg":"ok"}' : "{}");
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function webhookAlert(index: number, channel: string): RaiseAlertInput {
  return {
    source: "REMIND_ALERT",
    projectId: PROJECT,
    dedupeKey: `delivery-test-${channel}-${index}`,
    title: `ods_orders failed (${index})`,
    content: `Instance ${index} failed.`,
    receivers: { users: [], methods: [], channels: [channel] },
    at: T0,
  };
}

describe("alert delivery", () => {
  let database: TestDatabase;
  const receiver = new Receiver();

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await receiver.up();
  });
  afterAll(async () => {
    await receiver.down();
    await database?.drop();
  });

  it("delivers every alert exactly once with a valid signature to a receiver that was down, across a worker restart", async () => {
    const url = `http://127.0.0.1:${receiver.port}/hook`;
    await database.prisma.alertChannel.create({ data: { projectId: PROJECT, name: "ops-hook", kind: "WEBHOOK", url, format: "json", secretEnv: "OPS_HOOK_SECRET" } });
    await receiver.down();
    receiver.received = [];
    const clock = createFakeClock(T0);
    const secret = (name: string) => (name === "OPS_HOOK_SECRET" ? SECRET : undefined);
    const alertIds: number[] = [];
    for (let index = 0; index < 5; index++) alertIds.push((await raiseAlert(database, webhookAlert(index, "ops-hook"))).alertId);

    // The receiver is down: every attempt fails and is rescheduled.
    const first = createDeliveryWorker({ db: database, clock, owner: "engine-a", mail: { from: "nightshift@localhost" }, secret });
    expect(await first.runOnce()).toBe(5);
    await clock.advance(31_000);
    expect(await first.runOnce()).toBe(5);
    await first.stop();
    const pending = await database.prisma.alertDelivery.findMany({ where: { alertId: { in: alertIds } } });
    expect(pending.every((row) => row.status === "READY_TO_SEND" && row.attempts === 2 && row.lastError !== "")).toBe(true);

    // The engine restarts: a new connection and a new worker find the queue in the database.
    let sentAt = 0;
    const reopened: Database = await openDatabase(database.url);
    try {
      await receiver.up();
      const second = createDeliveryWorker({ db: reopened, clock, owner: "engine-b", mail: { from: "nightshift@localhost" }, secret });
      expect(await second.runOnce()).toBe(0); // not due yet: back-off
      await clock.advance(2 * 60_000);
      expect(await second.runOnce()).toBe(5);
      sentAt = clock.now();
      await clock.advance(24 * 60 * 60_000);
      expect(await second.runOnce()).toBe(0);
      await second.stop();
    } finally {
      await reopened.close();
    }

    expect(receiver.received).toHaveLength(5);
    const bodies = receiver.received.map((request) => JSON.parse(request.body) as { alertId: number; type: string });
    expect(bodies.map((body) => body.alertId).sort((a, b) => a - b)).toEqual([...alertIds].sort((a, b) => a - b));
    for (const request of receiver.received) {
      const timestamp = String(request.headers[TIMESTAMP_HEADER]);
      expect(verifyWebhook(SECRET, timestamp, request.body, String(request.headers[SIGNATURE_HEADER]), sentAt)).toBe(true);
      expect(verifyWebhook("another-secret", timestamp, request.body, String(request.headers[SIGNATURE_HEADER]), sentAt)).toBe(false);
      expect(request.headers[DELIVERY_HEADER]).toMatch(/^\d+$/);
    }
    const statuses = await database.prisma.alertMessage.findMany({ where: { id: { in: alertIds } }, select: { status: true } });
    expect(statuses.every((row) => row.status === "SEND_SUCCESS")).toBe(true);
  });

  it("gives up after 24 hours of failures and marks the alert SEND_FAIL", async () => {
    const closed = new Receiver();
    await closed.up();
    const port = closed.port;
    await closed.down();
    await database.prisma.alertChannel.create({ data: { projectId: PROJECT, name: "dead-hook", kind: "WEBHOOK", url: `http://127.0.0.1:${port}/never` } });
    const clock = createFakeClock(T0);
    const { alertId } = await raiseAlert(database, webhookAlert(0, "dead-hook"));
    const worker = createDeliveryWorker({ db: database, clock, owner: "engine-a", mail: { from: "nightshift@localhost" }, secret: () => undefined });
    let attempts = 0;
    for (let step = 0; step < 200 && (await database.prisma.alertDelivery.count({ where: { alertId, status: "READY_TO_SEND" } })) > 0; step++) {
      attempts += await worker.runOnce();
      await clock.advance(60 * 60_000);
    }
    const delivery = await database.prisma.alertDelivery.findFirstOrThrow({ where: { alertId } });
    expect(delivery.status).toBe("SEND_FAIL");
    expect(attempts).toBeGreaterThan(20);
    expect(Number(delivery.nextAttemptAt)).toBeLessThanOrEqual(Number(delivery.giveUpAt));
    expect((await database.prisma.alertMessage.findUniqueOrThrow({ where: { id: alertId } })).status).toBe("SEND_FAIL");
  });

  it("renders each payload format as its service expects", async () => {
    await receiver.up().catch(() => undefined);
    receiver.received = [];
    const formats = ["json", "dingtalk", "lark", "wecom", "slack"] as const;
    for (const format of formats) {
      await database.prisma.alertChannel.create({ data: { projectId: PROJECT, name: `fmt-${format}`, kind: "WEBHOOK", url: `http://127.0.0.1:${receiver.port}/${format}`, format } });
      await raiseAlert(database, webhookAlert(1, `fmt-${format}`));
    }
    const clock = createFakeClock(T0);
    const worker = createDeliveryWorker({ db: database, clock, owner: "engine-a", mail: { from: "nightshift@localhost" }, secret: () => undefined });
    await worker.runOnce();
    const byPath = new Map(receiver.received.map((request) => [request.path, JSON.parse(request.body) as Record<string, unknown>]));
    expect(byPath.get("/json")).toMatchObject({ type: "nightshift.alert", version: 1, source: "REMIND_ALERT", title: "ods_orders failed (1)", content: "Instance 1 failed." });
    expect(byPath.get("/dingtalk")).toMatchObject({ msgtype: "markdown", markdown: { title: "ods_orders failed (1)", text: expect.stringContaining("Instance 1 failed.") } });
    expect(byPath.get("/lark")).toMatchObject({ msg_type: "text", content: { text: expect.stringContaining("ods_orders failed (1)") } });
    expect(byPath.get("/wecom")).toMatchObject({ msgtype: "text", text: { content: expect.stringContaining("Instance 1 failed.") } });
    expect(byPath.get("/slack")).toMatchObject({ text: expect.stringContaining("*ods_orders failed (1)*") });
    // Unsigned channels carry no signature header.
    expect(receiver.received.every((request) => request.headers[SIGNATURE_HEADER] === undefined)).toBe(true);
  });

  it("delivers mail to an SMTP server on 127.0.0.1", async () => {
    const messages: { from: string; to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            data: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      await database.prisma.alertContact.create({ data: { projectId: PROJECT, userId: "alice", email: "alice@example.test" } });
      const { alertId } = await raiseAlert(database, { ...webhookAlert(2, "none"), dedupeKey: "mail-test", receivers: { users: ["alice", "carol@example.test"], methods: ["MAIL"] } });
      const clock = createFakeClock(T0);
      const worker = createDeliveryWorker({ db: database, clock, owner: "engine-a", mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "nightshift@localhost" }, secret: () => undefined });
      expect(await worker.runOnce()).toBe(2);
      expect(messages.map((message) => message.to[0]).sort()).toEqual(["alice@example.test", "carol@example.test"]);
      expect(messages[0]!.from).toBe("nightshift@localhost");
      expect(messages[0]!.data).toContain("Subject: [Nightshift] ods_orders failed (2)");
      expect(messages[0]!.data).toContain("Instance 2 failed.");
      expect((await database.prisma.alertMessage.findUniqueOrThrow({ where: { id: alertId } })).status).toBe("SEND_SUCCESS");
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
