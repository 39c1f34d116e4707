import { describe, expect, it } from "vitest";
import { FAST_REFRESH_MS, instanceListRefreshMs, SLOW_REFRESH_MS } from "./refresh-interval";

describe("instance list refresh", () => {
  it("polls fast while a shown instance is waiting or running", () => {
    expect(instanceListRefreshMs([{ status: "SUCCESS" }, { status: "WAIT_RESOURCE" }])).toBe(FAST_REFRESH_MS);
    expect(instanceListRefreshMs([{ status: "RUNNING" }])).toBe(FAST_REFRESH_MS);
  });

  it("polls slowly when everything shown has finished, or nothing is shown yet", () => {
    expect(instanceListRefreshMs([{ status: "SUCCESS" }, { status: "FAILURE" }])).toBe(SLOW_REFRESH_MS);
    expect(instanceListRefreshMs([])).toBe(SLOW_REFRESH_MS);
    expect(instanceListRefreshMs(undefined)).toBe(SLOW_REFRESH_MS);
  });
});
