import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./form-errors";

describe("toFieldErrors", () => {
  it("keeps the first message per field and collects the rest as general", () => {
    const result = toFieldErrors(
      [
        { path: "endpoint", message: "must be an http:// or https:// URL" },
        { path: "endpoint", message: "second" },
        { path: "body", message: "not valid JSON" },
      ],
      ["name", "endpoint"] as const,
    );
    expect(result.fieldErrors).toEqual({ endpoint: "must be an http:// or https:// URL" });
    expect(result.general).toEqual(["not valid JSON"]);
  });
});
