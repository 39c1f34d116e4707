import type { InstanceStatus, RerunMode } from "./status";

/** Operations on one instance (spec §3.3). */
export const INSTANCE_OPERATIONS = ["stop", "rerun", "setSuccess", "suspend", "resume"] as const;
export type InstanceOperation = (typeof INSTANCE_OPERATIONS)[number];

/** Where a table entry comes from: the spec says so, or we inferred it (spec §3.3 marks which). */
export type Basis = "stated" | "inferred";

export type OperationRule = {
  /** States from which the operation changes something. */
  from: readonly InstanceStatus[];
  /** States where asking again is a harmless no-op (idempotency), answered with success. */
  noopFrom: readonly InstanceStatus[];
  basis: Basis;
  note: string;
};

/**
 * The instance operation table. Every state not in `from` or `noopFrom` is refused with
 * `Invalid.Instance.StatusNotAllowed`. Suspension is a flag on a waiting instance, not a status:
 * DataWorks has no "suspended" status (spec §5.2).
 */
export const OPERATION_TABLE: Record<InstanceOperation, OperationRule> = {
  stop: {
    from: ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE", "RUNNING", "CHECKING", "CHECKING_CONDITION"],
    noopFrom: ["FAILURE"],
    basis: "inferred",
    note: "Kills the process group if running; the instance ends FAILURE with the operator in its log.",
  },
  rerun: {
    from: ["FAILURE", "SUCCESS"],
    noopFrom: [],
    basis: "inferred",
    note: "Finished instances only, subject to the node's rerun mode; goes back through the waiting states.",
  },
  setSuccess: {
    from: ["FAILURE"],
    noopFrom: ["SUCCESS"],
    basis: "stated",
    note: "FAILURE → SUCCESS; children waiting on it are released.",
  },
  suspend: {
    from: ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE"],
    noopFrom: [],
    basis: "inferred",
    note: "A waiting instance is held: it keeps its status but is never started until resumed.",
  },
  resume: {
    from: [],
    noopFrom: [],
    basis: "stated",
    note: "Suspended instances only; the instance continues from the status it kept.",
  },
};

export type OperationVerdict =
  | { kind: "apply" }
  | { kind: "noop" }
  | { kind: "refuse"; code: string; message: string };

/** Decides whether an operation may run on an instance in its current state. Pure. */
export function judgeOperation(
  operation: InstanceOperation,
  instance: { status: InstanceStatus; isSuspended: boolean; rerunMode: RerunMode },
): OperationVerdict {
  const { status, isSuspended, rerunMode } = instance;
  if (operation === "suspend" && isSuspended) return { kind: "noop" };
  if (operation === "resume") {
    if (isSuspended) return { kind: "apply" };
    return refuse("resume", status, "only a suspended instance can be resumed");
  }
  if (operation === "rerun") {
    if (rerunMode === "ALL_DENIED" && (status === "SUCCESS" || status === "FAILURE")) {
      return { kind: "refuse", code: "Invalid.Instance.RerunDenied", message: "The node's rerun mode ALL_DENIED forbids reruns." };
    }
    if (rerunMode === "FAILURE_ALLOWED" && status === "SUCCESS") {
      return { kind: "refuse", code: "Invalid.Instance.RerunDenied", message: "The node's rerun mode FAILURE_ALLOWED forbids rerunning a successful instance." };
    }
  }
  const rule = OPERATION_TABLE[operation];
  if (rule.from.includes(status)) return { kind: "apply" };
  if (rule.noopFrom.includes(status)) return { kind: "noop" };
  return refuse(operation, status, `allowed from ${rule.from.join(", ") || "none"}`);
}

function refuse(operation: InstanceOperation, status: InstanceStatus, detail: string): OperationVerdict {
  return {
    kind: "refuse",
    code: "Invalid.Instance.StatusNotAllowed",
    message: `Cannot ${operation} an instance in status ${status}: ${detail}.`,
  };
}
