import type { EventBus } from "../../model/events";
import type { Database } from "../../store/database";

/** Who asks for an operation, and with what: every exported operation takes one. */
export type OperationContext = {
  db: Database;
  events: EventBus;
  operator: string;
  reason?: string;
  /** Identifies one request: asking again with the same id answers what was answered the first time. */
  requestId: string;
  now: number;
};

/** What an operation on an existing target did; `before` and `after` are compact JSON of its state. */
export type OperationOutcome = { result: "APPLIED" | "NOOP"; before: string; after: string };

/** DataWorks Action names, as recorded in the audit table. */
export type OperationAction =
  | "StopInstance"
  | "RestartInstance"
  | "SetSuccessInstance"
  | "SuspendInstance"
  | "ResumeInstance"
  | "UpdateNodeRunMode"
  | "UpdateNodeOwner"
  | "RunCycleDagNodes"
  | "RunSmokeTest"
  | "RunManualDagNodes";

export type OperationTargetType = "instance" | "node" | "dag" | "workspace";

/** The row an operation is about: an instance, a node, or (manual runs) the workspace. */
export type OperationTarget = { targetType: OperationTargetType; targetId: bigint; projectId: bigint | null };
