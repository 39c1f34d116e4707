import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/server/crypto/password";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing/test-console-db";
import { runConsoleSetup } from "./console-setup";

const ROOT = path.resolve(import.meta.dirname, "..");
let testDb: TTestConsoleDb;

beforeAll(async () => {
  testDb = await createTestConsoleDb();
});
afterAll(() => testDb.close());

describe("console setup", () => {
  it("creates the first admin with a generated password, printed once and saved with mode 0600", async () => {
    const lines: string[] = [];
    const result = await runConsoleSetup({ db: testDb.db, dataDir: testDb.dir, log: (line) => lines.push(line) });
    if (!result.created) throw new Error("expected an admin to be created");
    expect(result.passwordSource).toBe("generated");
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { username: "admin" } });
    expect(admin.role).toBe("admin");
    expect(await verifyPassword(result.password, admin.passwordHash)).toBe(true);
    expect(lines.join("\n")).toContain(result.password);
    const file = path.join(testDb.dir, "initial-admin-password.txt");
    expect(fs.readFileSync(file, "utf8")).toContain(result.password);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await testDb.db.auditRecord.count({ where: { action: "users.create", actorName: "system" } })).toBe(1);
  });

  it("does nothing once a user exists", async () => {
    const lines: string[] = [];
    expect(await runConsoleSetup({ db: testDb.db, dataDir: testDb.dir, adminPassword: "another-long-password", log: (line) => lines.push(line) })).toEqual({ created: false });
    expect(lines).toEqual([]);
    expect(await testDb.db.user.count()).toBe(1);
  });

  it("runs under plain tsx with the react-server condition and takes the password from the environment", async () => {
    const other = await createTestConsoleDb({ install: false });
    try {
      const { stdout } = await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/console-setup.ts"], {
        cwd: ROOT,
        env: {
          NODE_ENV: "production",
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          DATABASE_URL: other.databaseUrl,
          NIGHTSHIFT_DATA_DIR: other.dir,
          ENGINE_DATA_DIR: other.dir,
          NIGHTSHIFT_ADMIN_PASSWORD: "from-the-environment-123",
        },
      });
      expect(stdout).toContain("NIGHTSHIFT_ADMIN_PASSWORD");
      expect(stdout).not.toContain("from-the-environment-123");
      // No engine has run in this data folder, so there is no AccessKey file to register yet.
      expect(stdout).toContain("embedded engine not registered yet");
      const admin = await other.db.user.findUniqueOrThrow({ where: { username: "admin" } });
      expect(await verifyPassword("from-the-environment-123", admin.passwordHash)).toBe(true);
      expect(fs.existsSync(path.join(other.dir, "initial-admin-password.txt"))).toBe(false);
    } finally {
      await other.close();
    }
  });
});
