import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, isPostgresReachable, type TestDatabase } from "../testing/databases";
import { createLeaderLock } from "./leader-lock";

const hasPostgres = await isPostgresReachable();

describe("createLeaderLock", () => {
  it("always leads on SQLite (one engine per database file)", async () => {
    const lock = createLeaderLock({ dialect: "sqlite", url: "file::memory:" });
    expect(await lock.tryAcquire()).toBe(true);
    expect(lock.isHeld()).toBe(true);
  });

  describe.skipIf(!hasPostgres)("on PostgreSQL", () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase("postgresql");
    });
    afterAll(async () => db?.drop());

    it("lets one engine lead at a time and hands over when the leader lets go", async () => {
      const first = createLeaderLock(db);
      const second = createLeaderLock(db);
      expect(await first.tryAcquire()).toBe(true);
      expect(await second.tryAcquire()).toBe(false);
      expect(await first.tryAcquire()).toBe(true);
      await first.release();
      expect(first.isHeld()).toBe(false);
      expect(await second.tryAcquire()).toBe(true);
      expect(await first.tryAcquire()).toBe(false);
      await second.release();
    });

    it("loses the lead when its connection is killed, and another engine takes it", async () => {
      const first = createLeaderLock(db);
      const second = createLeaderLock(db);
      expect(await first.tryAcquire()).toBe(true);
      await db.prisma.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = 727003 AND granted`;
      expect(await second.tryAcquire()).toBe(true);
      expect(await first.tryAcquire()).toBe(false);
      expect(first.isHeld()).toBe(false);
      await second.release();
      await first.release();
    });
  });
});
