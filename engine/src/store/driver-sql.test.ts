import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../../prisma/generated/sqlite/client";
import { storeDialects } from "../runtime/testing/dialects";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import type { SqlRunner } from "./driver-sql";
import { toBigInt, toNumber } from "./transaction";

const KEY = "driver-sql-test";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`driver SQL on ${dialect}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect);
    });
    afterAll(async () => db?.drop());

    const readValue = async () => {
      const [row] = await db.readRows(Prisma.sql`SELECT "value" FROM "engine_meta" WHERE "key" = ${KEY}`);
      return row === undefined ? undefined : String(row.value);
    };

    it("reads rows with bound values, 64-bit integers exact", async () => {
      const [row] = await db.readRows(Prisma.sql`SELECT CAST(${9_007_199_254_740_993n} AS BIGINT) AS "big", ${"x"} AS "text"`);
      expect(toBigInt(row!.big)).toBe(9_007_199_254_740_993n);
      expect(row!.text).toBe("x");
    });

    it("commits a transaction's statements together and answers RETURNING rows and change counts", async () => {
      const changed = await db.inDriverTransaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO "engine_meta" ("key", "value") VALUES (${KEY}, ${"1"})`;
        const rows = await tx.$queryRaw<{ value: string }[]>`UPDATE "engine_meta" SET "value" = ${"2"} WHERE "key" = ${KEY} RETURNING "value"`;
        expect(rows.map((row) => row.value)).toEqual(["2"]);
        return tx.$executeRaw(Prisma.sql`UPDATE "engine_meta" SET "value" = ${"3"} WHERE "key" = ${KEY}`);
      });
      expect(changed).toBe(1);
      expect(await readValue()).toBe("3");
    });

    it("rolls everything back when the work throws", async () => {
      await expect(
        db.inDriverTransaction(async (tx) => {
          await tx.$executeRaw`UPDATE "engine_meta" SET "value" = ${"rolled back"} WHERE "key" = ${KEY}`;
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await readValue()).toBe("3");
    });

    it("never interleaves with Prisma's own transactions: concurrent increments all land", async () => {
      await db.prisma.$executeRaw`UPDATE "engine_meta" SET "value" = ${"0"} WHERE "key" = ${KEY}`;
      const increment = async (tx: SqlRunner) => {
        const [row] = await tx.$queryRaw<{ value: string }[]>(
          Prisma.sql`SELECT "value" FROM "engine_meta" WHERE "key" = ${KEY}${Prisma.raw(dialect === "postgresql" ? " FOR UPDATE" : "")}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 2));
        await tx.$executeRaw`UPDATE "engine_meta" SET "value" = ${String(toNumber(row!.value) + 1)} WHERE "key" = ${KEY}`;
      };
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          index % 2 === 0 ? db.inDriverTransaction((tx) => increment(tx)) : db.prisma.$transaction((tx) => increment(tx)),
        ),
      );
      expect(await readValue()).toBe("20");
    });
  });
}
