import type { TInstanceAction, TInstanceStatus } from "@/lib/contracts/instances";

const WAITING: readonly TInstanceStatus[] = ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"];
const FINISHED: readonly TInstanceStatus[] = ["SUCCESS", "FAILURE"];

export type TActionAvailability = { action: TInstanceAction; isAvailable: boolean; whyNot: "finished" | "notFinished" | "notFailed" | "alreadySucceeded" | "running" | "notSuspended" | "alreadySuspended" | "rerunForbidden" | null };

/**
 * Which actions make sense for an instance now, by the engine's state table (docs/operations.md):
 * stop while unfinished, rerun once finished (if its node allows), set-success after a failure,
 * suspend while waiting, resume while suspended. The confirmation's preview has the final word.
 */
export function availableActions(instance: { status: TInstanceStatus; isSuspended: boolean; isRerunnable: boolean }): TActionAvailability[] {
  const { status, isSuspended } = instance;
  const isFinished = FINISHED.includes(status);
  const entry = (action: TInstanceAction, whyNot: TActionAvailability["whyNot"]): TActionAvailability => ({ action, isAvailable: whyNot === null, whyNot });
  return [
    entry("rerun", !isFinished ? "notFinished" : instance.isRerunnable ? null : "rerunForbidden"),
    entry("stop", isFinished ? "finished" : null),
    entry("set-success", status === "FAILURE" ? null : status === "SUCCESS" ? "alreadySucceeded" : "notFailed"),
    entry("suspend", isSuspended ? "alreadySuspended" : WAITING.includes(status) ? null : isFinished ? "finished" : "running"),
    entry("resume", isSuspended ? null : "notSuspended"),
  ];
}
