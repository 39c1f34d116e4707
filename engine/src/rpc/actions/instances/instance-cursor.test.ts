import { describe, expect, it } from "vitest";
import { decodeInstanceCursor, digestInstanceFilters, encodeInstanceCursor, type InstanceCursor } from "./instance-cursor";

const CURSOR: InstanceCursor = {
  position: { bizdate: 1_590_336_000_000, cycTime: 1_590_422_400_000, id: 9_223_372_036_854_775_807n },
  pageNumber: 101,
  totalCount: 10_000,
  isTotalCountCapped: true,
  filterDigest: digestInstanceFilters({ ProjectId: "10000", Status: "FAILURE" }),
};

describe("instance cursor", () => {
  it("round-trips a position with a 64-bit ID exactly", () => {
    const decoded = decodeInstanceCursor(encodeInstanceCursor(CURSOR));
    expect(decoded).toEqual(CURSOR);
  });

  it("is URL-safe text", () => {
    expect(encodeInstanceCursor(CURSOR)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("rejects text it did not write", () => {
    expect(decodeInstanceCursor("not a cursor!")).toBeNull();
    expect(decodeInstanceCursor(Buffer.from('{"v":2}').toString("base64url"))).toBeNull();
    expect(decodeInstanceCursor(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
  });
});

describe("digestInstanceFilters", () => {
  it("ignores the order and absent filters but not their values", () => {
    const digest = digestInstanceFilters({ ProjectId: "1", Status: "FAILURE", NodeId: undefined });
    expect(digestInstanceFilters({ Status: "FAILURE", ProjectId: "1" })).toBe(digest);
    expect(digestInstanceFilters({ ProjectId: "1", Status: "SUCCESS" })).not.toBe(digest);
  });
});
