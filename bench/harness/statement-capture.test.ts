import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { captureStatements } from "./statement-capture";

describe("captureStatements on better-sqlite3", () => {
  it("records every run of a cached statement with its values, and bind-then-run as Prisma's adapter does", async () => {
    const database = new Sqlite(":memory:");
    database.exec(`CREATE TABLE t ("id" INTEGER PRIMARY KEY, "name" TEXT)`);
    const insert = database.prepare(`INSERT INTO t ("id", "name") VALUES (?, ?)`);
    const { statements } = await captureStatements(async () => {
      insert.run(1, "a");
      insert.run(2, "b");
      database.prepare(`SELECT * FROM t WHERE "id" = ?`).bind([2]).all();
    });
    database.close();
    expect(statements).toEqual([
      { sql: `INSERT INTO t ("id", "name") VALUES (?, ?)`, values: [1, "a"] },
      { sql: `INSERT INTO t ("id", "name") VALUES (?, ?)`, values: [2, "b"] },
      { sql: `SELECT * FROM t WHERE "id" = ?`, values: [2] },
    ]);
  });

  it("records nothing outside a capture", async () => {
    const database = new Sqlite(":memory:");
    await captureStatements(async () => undefined);
    database.prepare("SELECT 1").all();
    const { statements } = await captureStatements(async () => database.prepare("SELECT 2").get());
    database.close();
    expect(statements).toEqual([{ sql: "SELECT 2", values: [] }]);
  });
});
