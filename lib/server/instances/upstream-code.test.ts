import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/server/http/api-error";
import { isMissingParameterError, isUnknownActionError, upstreamCodeOf } from "./upstream-code";

describe("upstream codes of client errors", () => {
  it("reads the code the DataWorks client writes into its message", () => {
    const error = new ApiError("UPSTREAM_ERROR", "The data service could not answer CountInstanceDownstream (code InvalidAction.NotFound, upstream request 1A2B)");
    expect(upstreamCodeOf(error)).toBe("InvalidAction.NotFound");
    expect(isUnknownActionError(error)).toBe(true);
    expect(isMissingParameterError(error)).toBe(false);
  });

  it("finds no code in a network error or a plain Error", () => {
    expect(upstreamCodeOf(new ApiError("UPSTREAM_UNREACHABLE", "The data service at http://127.0.0.1:1 refused the connection (ECONNREFUSED)"))).toBeUndefined();
    expect(upstreamCodeOf(new Error("(code InvalidAction.NotFound)"))).toBeUndefined();
  });

  it("prefers the code an UpstreamApiError carries", () => {
    const error = Object.assign(new ApiError("UPSTREAM_ERROR", "The data service could not answer X"), { upstream: { code: "InvalidAction.NotFound" } });
    expect(isUnknownActionError(error)).toBe(true);
  });

  it("recognises a missing parameter", () => {
    expect(isMissingParameterError(new ApiError("UPSTREAM_ERROR", "The data service could not answer ListInstances (code MissingParameter, upstream request X)"))).toBe(true);
  });
});
