import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/client/api-client";
import { issuesByField } from "./issues-by-field";

describe("issuesByField", () => {
  it("keeps the first message of each field", () => {
    const error = new ApiClientError({
      code: "VALIDATION_FAILED",
      message: "invalid",
      status: 422,
      issues: [
        { path: "username", message: "at least 2 characters" },
        { path: "username", message: "letters only" },
        { path: "role", message: "invalid option" },
      ],
    });
    expect(issuesByField(error)).toEqual({ username: "at least 2 characters", role: "invalid option" });
  });

  it("has nothing for other errors", () => {
    expect(issuesByField(new Error("x"))).toEqual({});
  });
});
