import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("joins the truthy parts with single spaces", () => {
    expect(cn("a", false, null, undefined, "", "b")).toBe("a b");
  });
  it("returns an empty string when nothing is set", () => {
    expect(cn(false, undefined)).toBe("");
  });
});
