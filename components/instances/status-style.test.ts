import { describe, expect, it } from "vitest";
import { INSTANCE_STATUSES } from "@/lib/contracts/instances";
import { STATUS_SCAN_ORDER, STATUS_STYLES, statusStyleOf } from "./status-style";

describe("status styles", () => {
  it("gives every status its own label and icon shape, so colour is never the only cue", () => {
    const labels = INSTANCE_STATUSES.map((status) => STATUS_STYLES[status].label);
    expect(new Set(labels).size).toBe(INSTANCE_STATUSES.length);
    const problemAndDone = [STATUS_STYLES.FAILURE.Icon, STATUS_STYLES.SUCCESS.Icon, STATUS_STYLES.RUNNING.Icon, STATUS_STYLES.WAIT_TIME.Icon, STATUS_STYLES.NOT_RUN.Icon];
    expect(new Set(problemAndDone).size).toBe(problemAndDone.length);
  });

  it("colours with theme tokens only, never hex", () => {
    for (const status of INSTANCE_STATUSES) expect(STATUS_STYLES[status].color).toMatch(/^var\(--[a-z-]+\)$/);
  });

  it("orders every status for scanning, failures first", () => {
    expect([...STATUS_SCAN_ORDER].sort()).toEqual([...INSTANCE_STATUSES].sort());
    expect(STATUS_SCAN_ORDER[0]).toBe("FAILURE");
  });

  it("reads an unknown status as itself", () => {
    expect(statusStyleOf("SOMETHING_NEW")).toMatchObject({ label: "SOMETHING_NEW", tone: "neutral" });
  });
});
