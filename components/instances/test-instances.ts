import type { TInstanceSummary } from "@/lib/contracts/instances";

/** A summary for tests, with what a test cares about overridden. */
export function testInstance(overrides: Partial<TInstanceSummary> = {}): TInstanceSummary {
  return {
    instanceId: "11000004115",
    nodeId: "700000046",
    nodeName: "ods_orders",
    projectId: "10000",
    dagId: "300000014",
    dagType: "DAILY",
    status: "SUCCESS",
    taskType: "NORMAL",
    isSuspended: false,
    bizdate: "2026-11-23",
    cycTime: "2026-11-23T16:00:00.000Z",
    beginWaitTimeTime: "2026-11-23T15:00:00.000Z",
    beginWaitResTime: "2026-11-23T16:00:00.000Z",
    beginRunningTime: "2026-11-23T16:00:05.000Z",
    finishTime: "2026-11-23T16:10:05.000Z",
    priority: 1,
    retriesLeft: null,
    isRerunnable: true,
    baselineId: null,
    createUser: "system",
    errorMessage: "",
    owner: "alice",
    programType: "SHELL",
    ...overrides,
  };
}
