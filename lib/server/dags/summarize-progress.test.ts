import { describe, expect, it } from "vitest";
import { summarizeProgress } from "./summarize-progress";

const at = (minute: number) => `2026-11-24T01:${String(minute).padStart(2, "0")}:00.000Z`;

describe("summarizeProgress", () => {
  it("counts by status and the share finished", () => {
    const progress = summarizeProgress(
      [
        { status: "SUCCESS", isSuspended: false, beginRunningTime: at(5), finishTime: at(9) },
        { status: "FAILURE", isSuspended: false, beginRunningTime: at(2), finishTime: at(3) },
        { status: "RUNNING", isSuspended: false, beginRunningTime: at(10), finishTime: null },
        { status: "NOT_RUN", isSuspended: true, beginRunningTime: null, finishTime: null },
      ],
      false,
    );
    expect(progress).toMatchObject({ total: 4, finished: 2, percentDone: 50, suspended: 1, startedAt: at(2), finishedAt: null, isCapped: false });
    expect(progress.counts).toMatchObject({ SUCCESS: 1, FAILURE: 1, RUNNING: 1, NOT_RUN: 1, WAIT_TIME: 0 });
  });

  it("finishes at the last finish once everything finished", () => {
    const progress = summarizeProgress(
      [
        { status: "SUCCESS", isSuspended: false, beginRunningTime: at(1), finishTime: at(30) },
        { status: "SUCCESS", isSuspended: false, beginRunningTime: at(2), finishTime: at(12) },
      ],
      true,
    );
    expect(progress).toMatchObject({ percentDone: 100, startedAt: at(1), finishedAt: at(30), isCapped: true });
  });

  it("answers zero for an empty DAG", () => {
    expect(summarizeProgress([], false)).toMatchObject({ total: 0, percentDone: 0, startedAt: null, finishedAt: null });
  });
});
