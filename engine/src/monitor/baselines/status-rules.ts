import type { BaselineStatus } from "./baseline-config";

/**
 * A baseline instance's status (docs/monitoring.md, "Baseline status rules"), checked in order:
 *
 * Finished (every instance of the baseline's nodes for the bizdate and cycle succeeded):
 *   finish ≤ ExpTime → SAFE; ExpTime < finish ≤ SlaTime → DANGROUS; finish > SlaTime → OVER.
 * Unfinished:
 *   1. now > SlaTime → OVER (the commitment passed unfinished);
 *   2. a FAILURE instance holds back an unfinished instance of the baseline (it is that instance or
 *      upstream of it, through instances that have not succeeded) → ERROR;
 *   3. EndCast > ExpTime → DANGROUS (predicted to finish after the alert time; an unfinished
 *      baseline's EndCast is never before now, so this also covers "the alert time has passed");
 *   4. otherwise SAFE.
 */
export type StatusInput = {
  now: number;
  slaTime: number;
  expTime: number;
  /** Predicted finish (actual once finished). */
  endCast: number;
  isFinished: boolean;
  hasFailureUpstream: boolean;
};

export function baselineStatusOf(input: StatusInput): BaselineStatus {
  if (input.isFinished) {
    if (input.endCast <= input.expTime) return "SAFE";
    return input.endCast <= input.slaTime ? "DANGROUS" : "OVER";
  }
  if (input.now > input.slaTime) return "OVER";
  if (input.hasFailureUpstream) return "ERROR";
  if (input.endCast > input.expTime) return "DANGROUS";
  return "SAFE";
}

/** Buffer (margin) in whole seconds: commitment minus predicted (or actual) finish; negative when late. */
export function bufferSecondsOf(slaTime: number, endCast: number): number {
  return Math.round((slaTime - endCast) / 1000);
}

/** Worse first: the order an on-call engineer reads them in. */
export const STATUS_SEVERITY: Record<BaselineStatus, number> = { OVER: 3, ERROR: 2, DANGROUS: 1, SAFE: 0 };
