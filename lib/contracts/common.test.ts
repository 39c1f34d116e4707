import { describe, expect, it } from "vitest";
import { ZApiErrorBody, zId } from "./common";

describe("zId", () => {
  it("carries 64-bit IDs as exact decimal strings from bigint, number and string", () => {
    expect(zId.parse(9007199254740993n)).toBe("9007199254740993");
    expect(zId.parse(11000004115)).toBe("11000004115");
    expect(zId.parse(" 0700000046 ")).toBe("700000046");
  });

  it("refuses a number that already lost precision, negatives, and non-numbers", () => {
    expect(zId.safeParse(9007199254740993).success).toBe(false);
    expect(zId.safeParse(-1).success).toBe(false);
    expect(zId.safeParse("12a").success).toBe(false);
    expect(zId.safeParse("99999999999999999999").success).toBe(false);
  });
});

describe("ZApiErrorBody", () => {
  it("reads an error body, including a code this browser does not know yet", () => {
    const parsed = ZApiErrorBody.parse({ error: { code: "SOMETHING_NEW", message: "m", requestId: "r" } });
    expect(parsed.error.code).toBe("SOMETHING_NEW");
  });
});
