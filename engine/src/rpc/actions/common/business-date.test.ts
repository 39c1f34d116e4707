import { describe, expect, it } from "vitest";
import { zBusinessDate } from "./business-date";

describe("zBusinessDate", () => {
  it("accepts a date or a date-time and keeps the date", () => {
    expect(zBusinessDate.parse("2020-01-01")).toBe("2020-01-01");
    expect(zBusinessDate.parse("2020-05-26 00:00:00")).toBe("2020-05-26");
  });

  it("refuses dates that do not exist and other formats", () => {
    for (const text of ["2020-02-30", "2020-1-1", "2020-01-01T00:00:00", "2020-01-01 24:00:00", ""]) {
      expect(zBusinessDate.safeParse(text).success, text).toBe(false);
    }
  });
});
