import { describe, expect, it } from "vitest";
import { retarget } from "./replay";

describe("retarget", () => {
  it("re-aims every value equal to the old ID, keeping its driver type", () => {
    const statements = [
      { sql: "UPDATE x SET a = $1 WHERE id = $2", values: [1_790_000_000_000, "11000000005"] },
      { sql: "SELECT * FROM x WHERE id IN (?, ?)", values: [11_000_000_005n, 11_000_000_006n] },
    ];
    expect(retarget(statements, 11_000_000_005n, 11_000_000_042n)).toEqual([
      { sql: "UPDATE x SET a = $1 WHERE id = $2", values: [1_790_000_000_000, "11000000042"] },
      { sql: "SELECT * FROM x WHERE id IN (?, ?)", values: [11_000_000_042n, 11_000_000_006n] },
    ]);
  });
});
