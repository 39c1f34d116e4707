import { describe, expect, it } from "vitest";
import { isThrottling, toApiErrorFromFailure, toApiErrorFromNetwork } from "./upstream-errors";

const base = { action: "GetInstance", httpStatus: 400, requestId: "REQ-1", isBusinessError: true };

describe("toApiErrorFromFailure", () => {
  it("maps *.NotExists to NOT_FOUND with the upstream message and request id", () => {
    const error = toApiErrorFromFailure({ ...base, code: "Invalid.Instance.NotExists", message: "instance 1 does not exist" });
    expect(error.code).toBe("NOT_FOUND");
    expect(error.status).toBe(404);
    expect(error.message).toContain("instance 1 does not exist");
    expect(error.message).toContain("REQ-1");
  });

  it("maps a project that does not exist to NOT_FOUND", () => {
    expect(toApiErrorFromFailure({ ...base, code: "Invalid.Tenant.ProjectNotExists", message: "x" }).code).toBe("NOT_FOUND");
  });

  it.each(["Invalid.Instance.StatusNotAllowed", "Invalid.Instance.RerunDenied"])("maps %s to REFUSED_BY_STATE keeping the upstream message", (code) => {
    const error = toApiErrorFromFailure({ ...base, code, message: "the instance is RUNNING" });
    expect(error.code).toBe("REFUSED_BY_STATE");
    expect(error.status).toBe(409);
    expect(error.message).toContain("the instance is RUNNING");
  });

  it("never repeats a gateway message (it may quote the string to sign)", () => {
    const error = toApiErrorFromFailure({ ...base, isBusinessError: false, code: "SignatureDoesNotMatch", message: "server string to sign is:GET&%2F&AccessKeyId%3Dsecretish" });
    expect(error.code).toBe("UPSTREAM_ERROR");
    expect(error.message).not.toContain("string to sign");
    expect(error.message).toContain("AccessKey");
  });

  it("maps other business errors to UPSTREAM_ERROR", () => {
    const error = toApiErrorFromFailure({ ...base, httpStatus: 500, code: "InternalError.System", message: "boom" });
    expect(error.code).toBe("UPSTREAM_ERROR");
    expect(error.status).toBe(502);
  });

  it("shortens a long upstream message", () => {
    const error = toApiErrorFromFailure({ ...base, code: "Invalid.Wkbench.Parameter", message: "x".repeat(5_000) });
    expect(error.message.length).toBeLessThan(500);
  });
});

describe("isThrottling", () => {
  it("is true for Throttling codes and HTTP 429, false for the daily quota", () => {
    expect(isThrottling({ httpStatus: 400, code: "Throttling.User" })).toBe(true);
    expect(isThrottling({ httpStatus: 429, code: undefined })).toBe(true);
    expect(isThrottling({ httpStatus: 429, code: "Throttling.Api.Risk" })).toBe(false);
    expect(isThrottling({ httpStatus: 400, code: "InvalidParameter" })).toBe(false);
  });
});

describe("toApiErrorFromNetwork", () => {
  const context = { action: "ListProjects", endpoint: "http://127.0.0.1:1", timeoutMs: 2_000 };
  it("maps an AbortSignal timeout to UPSTREAM_TIMEOUT", () => {
    expect(toApiErrorFromNetwork(new DOMException("timed out", "TimeoutError"), context).code).toBe("UPSTREAM_TIMEOUT");
  });
  it("maps a refused connection (code on the cause) to UPSTREAM_UNREACHABLE", () => {
    const error = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const mapped = toApiErrorFromNetwork(error, context);
    expect(mapped.code).toBe("UPSTREAM_UNREACHABLE");
    expect(mapped.message).toContain("refused");
  });
  it("maps anything else to UPSTREAM_ERROR", () => {
    expect(toApiErrorFromNetwork(new Error("socket hang up"), context).code).toBe("UPSTREAM_ERROR");
  });
});
