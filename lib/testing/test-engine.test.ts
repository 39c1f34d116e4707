import { afterAll, describe, expect, it } from "vitest";
import { createTestConsoleDb } from "./test-console-db";
import { startTestEngine, type TTestEngine } from "./test-engine";

const engines: TTestEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.stop()));
});

describe("startTestEngine", () => {
  it("starts a real engine on loopback with the demo workspace, and stops it", async () => {
    const engine = await startTestEngine();
    engines.push(engine);
    expect(engine.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = (await (await fetch(`${engine.url}/healthz`)).json()) as { status: string; projects?: unknown[] };
    expect(health.status).toBe("ok");
    expect(health.projects?.length).toBeGreaterThan(0);
    await engine.stop();
    await expect(fetch(`${engine.url}/healthz`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  }, 120_000);

  it("shares a test console database, keeping the console's tables", async () => {
    const consoleDb = await createTestConsoleDb();
    try {
      await consoleDb.db.user.create({ data: { username: "kept", displayName: "Kept", role: "viewer", passwordHash: "x" } });
      const engine = await startTestEngine({ databaseUrl: consoleDb.databaseUrl, demo: false });
      engines.push(engine);
      expect((await fetch(`${engine.url}/healthz`)).ok).toBe(true);
      expect(await consoleDb.db.user.count({ where: { username: "kept" } })).toBe(1);
      await engine.stop();
    } finally {
      await consoleDb.close();
    }
  }, 120_000);
});
