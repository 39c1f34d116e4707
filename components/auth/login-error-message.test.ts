import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/client/api-client";
import { AUTH_STRINGS } from "./auth-strings";
import { loginErrorMessage } from "./login-error-message";

describe("loginErrorMessage", () => {
  it("says wrong username or password without saying which", () => {
    const message = loginErrorMessage(new ApiClientError({ code: "UNAUTHENTICATED", message: "Wrong username or password.", status: 401 }));
    expect(message.text).toBe(AUTH_STRINGS.errors.UNAUTHENTICATED);
  });

  it("passes on how long to wait when rate limited", () => {
    const message = loginErrorMessage(new ApiClientError({ code: "RATE_LIMITED", message: "Try again in 12 minutes.", status: 429 }));
    expect(message).toEqual({ text: AUTH_STRINGS.errors.RATE_LIMITED, detail: "Try again in 12 minutes." });
  });

  it("names the missing field for a validation failure", () => {
    const message = loginErrorMessage(new ApiClientError({ code: "VALIDATION_FAILED", message: "invalid", status: 422, issues: [{ path: "password", message: "enter your password" }] }));
    expect(message.text).toBe("enter your password");
  });

  it("falls back to a general message with the request id for server trouble", () => {
    const message = loginErrorMessage(new ApiClientError({ code: "INTERNAL", message: "x", status: 500, requestId: "abc" }));
    expect(message).toEqual({ text: AUTH_STRINGS.errors.fallback, detail: "Request ID abc" });
    expect(loginErrorMessage(new Error("boom")).text).toBe(AUTH_STRINGS.errors.fallback);
  });
});
