import { describe, expect, it } from "vitest";
import { availableActions } from "./available-actions";

const available = (status: Parameters<typeof availableActions>[0]["status"], isSuspended = false, isRerunnable = true) =>
  availableActions({ status, isSuspended, isRerunnable })
    .filter((entry) => entry.isAvailable)
    .map((entry) => entry.action);

describe("availableActions", () => {
  it("offers rerun and set-success on a failed instance", () => {
    expect(available("FAILURE")).toEqual(["rerun", "set-success"]);
  });

  it("offers only rerun on a success", () => {
    expect(available("SUCCESS")).toEqual(["rerun"]);
  });

  it("offers stop and suspend while waiting, stop only while running", () => {
    expect(available("WAIT_TIME")).toEqual(["stop", "suspend"]);
    expect(available("RUNNING")).toEqual(["stop"]);
  });

  it("offers resume instead of suspend on a suspended instance", () => {
    expect(available("NOT_RUN", true)).toEqual(["stop", "resume"]);
  });

  it("says why a rerun is not offered when the node forbids it", () => {
    expect(availableActions({ status: "FAILURE", isSuspended: false, isRerunnable: false })[0]).toEqual({ action: "rerun", isAvailable: false, whyNot: "rerunForbidden" });
  });
});
