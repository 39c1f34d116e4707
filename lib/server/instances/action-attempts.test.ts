import { describe, expect, it } from "vitest";
import type { TInstanceActionItemResult } from "@/lib/contracts/instances";
import { parseAttemptDetails, settledItemsOf, summarizeOutcomes, toAttemptDetails } from "./action-attempts";

function item(instanceId: string, outcome: TInstanceActionItemResult["outcome"], extra: Partial<TInstanceActionItemResult> = {}): TInstanceActionItemResult {
  return { instanceId, nodeName: `node_${instanceId}`, outcome, code: null, message: null, isReplayed: false, ...extra };
}

describe("bulk action attempts", () => {
  it("groups outcomes by code and round-trips through the audit details text", () => {
    const details = toAttemptDetails({
      requestKey: "k-1",
      selection: "ids",
      isReplay: false,
      items: [item("1", "applied"), item("2", "refused", { code: "REFUSED_BY_STATE", message: "status not allowed" })],
    });
    expect(details.outcomes).toEqual({ applied: ["1"], noop: [], refused: { REFUSED_BY_STATE: ["2"] }, failed: {} });
    expect(details.messages).toEqual({ "2": "status not allowed" });
    expect(parseAttemptDetails(JSON.stringify(details))).toEqual(details);
    expect(parseAttemptDetails('{"truncated":true}')).toBeNull();
    expect(parseAttemptDetails("not json")).toBeNull();
  });

  it("drops messages, then node names, to keep a thousand items under the audit's size", () => {
    const items = Array.from({ length: 1_000 }, (_, index) =>
      item(String(11_000_000_000 + index), "refused", { nodeName: `a_fairly_long_node_name_${index}`, code: "REFUSED_BY_STATE", message: "x".repeat(300) }),
    );
    const details = toAttemptDetails({ requestKey: "k", selection: "filter", isReplay: false, items });
    expect(JSON.stringify(details).length).toBeLessThanOrEqual(60_000);
    expect(details.outcomes.refused.REFUSED_BY_STATE).toHaveLength(1_000);
    expect(details.messages).toBeUndefined();
    expect(details.nodeNames?.["11000000000"]).toBe("a_fairly_long_node_name_0");
  });

  it("settles applied, no-op and refused items from earlier attempts, and leaves failed ones to retry", () => {
    const first = toAttemptDetails({ requestKey: "k", selection: "filter", isReplay: false, items: [item("1", "applied"), item("2", "failed", { code: "UPSTREAM_TIMEOUT" }), item("3", "refused", { code: "REFUSED_BY_STATE" })] });
    const second = toAttemptDetails({ requestKey: "k", selection: "filter", isReplay: true, items: [item("1", "applied"), item("2", "noop"), item("3", "refused")] });
    const afterFirst = settledItemsOf([first]);
    expect([...afterFirst.keys()]).toEqual(["1", "3"]);
    expect(afterFirst.get("1")).toMatchObject({ outcome: "applied", isReplayed: true, nodeName: "node_1" });
    expect(settledItemsOf([first, second]).get("2")?.outcome).toBe("noop");
  });

  it("sums outcomes into ok, partial, refused or failed", () => {
    expect(summarizeOutcomes([item("1", "applied"), item("2", "noop")])).toEqual({ result: "ok", counts: { applied: 1, noop: 1, refused: 0, failed: 0 } });
    expect(summarizeOutcomes([item("1", "applied"), item("2", "refused")]).result).toBe("partial");
    expect(summarizeOutcomes([item("1", "refused"), item("2", "refused")]).result).toBe("refused");
    expect(summarizeOutcomes([item("1", "failed")]).result).toBe("failed");
    expect(summarizeOutcomes([item("1", "failed"), item("2", "refused")]).result).toBe("partial");
  });
});
