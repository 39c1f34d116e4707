import type { TActionVerdict, TInstanceAction, TInstanceStatus } from "@/lib/contracts/instances";

/**
 * Which instances an action applies to, per the state table in docs/operations.md (DataWorks
 * states it for set-success and resume; the rest follows what DataWorks users expect). The
 * preview predicts with it; the data service still decides when the action is carried out.
 */

const WAITING: ReadonlySet<TInstanceStatus> = new Set(["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"]);
const FINISHED: ReadonlySet<TInstanceStatus> = new Set(["SUCCESS", "FAILURE"]);

export type TJudgedInstance = { status: TInstanceStatus; isSuspended: boolean; isRerunnable: boolean };
export type TActionJudgement = { verdict: TActionVerdict; explanation: string | null };

const applies: TActionJudgement = { verdict: "applies", explanation: null };
const noop = (explanation: string): TActionJudgement => ({ verdict: "noop", explanation });
const refused = (explanation: string): TActionJudgement => ({ verdict: "refused", explanation });

export function judgeInstanceAction(action: TInstanceAction, instance: TJudgedInstance): TActionJudgement {
  const { status, isSuspended } = instance;
  switch (action) {
    case "stop":
      if (status === "FAILURE") return noop("already ended (failed); stopping changes nothing");
      if (status === "SUCCESS") return refused("it has succeeded; there is nothing to stop");
      return applies;
    case "rerun":
      if (!FINISHED.has(status)) return refused("only a finished (succeeded or failed) instance can be rerun");
      if (!instance.isRerunnable) return refused("its node does not allow reruns");
      return applies;
    case "set-success":
      if (status === "SUCCESS") return noop("already succeeded");
      if (status !== "FAILURE") return refused("only a failed instance can be set to success");
      return applies;
    case "suspend":
      if (isSuspended) return noop("already suspended");
      if (!WAITING.has(status)) return refused(status === "RUNNING" || status.startsWith("CHECKING") ? "it is running; stop it instead" : "only a waiting instance can be suspended");
      return applies;
    case "resume":
      if (!isSuspended) return refused("it is not suspended");
      return applies;
  }
}

/** A reason is required for set-success, and for any action on more than one instance. */
export function isReasonRequired(action: TInstanceAction, instanceCount: number): boolean {
  return action === "set-success" || instanceCount > 1;
}

/** The DataWorks Action behind each console action. */
export const UPSTREAM_ACTION_NAMES: Record<TInstanceAction, string> = {
  rerun: "RestartInstance",
  stop: "StopInstance",
  suspend: "SuspendInstance",
  resume: "ResumeInstance",
  "set-success": "SetSuccessInstance",
};
