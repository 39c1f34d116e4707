import { describe, expect, it } from "vitest";
import { LoginRateLimiter } from "./login-rate-limit";

describe("LoginRateLimiter", () => {
  it("locks a key after the allowed number of failures, until the window has passed", () => {
    const limiter = new LoginRateLimiter(3, 60_000);
    for (const at of [0, 1_000, 2_000]) {
      expect(limiter.retryAfterMs("ana|ip", at)).toBe(0);
      limiter.recordFailure("ana|ip", at);
    }
    expect(limiter.retryAfterMs("ana|ip", 3_000)).toBe(57_000);
    expect(limiter.retryAfterMs("ana|ip", 60_001)).toBe(0);
  });

  it("keeps keys apart and forgets a key on clear", () => {
    const limiter = new LoginRateLimiter(1, 60_000);
    limiter.recordFailure("ana|ip", 0);
    expect(limiter.retryAfterMs("ben|ip", 1)).toBe(0);
    expect(limiter.retryAfterMs("ana|ip", 1)).toBeGreaterThan(0);
    limiter.clear("ana|ip");
    expect(limiter.retryAfterMs("ana|ip", 1)).toBe(0);
  });
});
