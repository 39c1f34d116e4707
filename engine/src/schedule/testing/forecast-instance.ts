import type { InstanceStatus } from "../../model/status";
import type { ForecastInstance } from "../predictions";

/** A crafted forecast instance: times are small numbers so that every expected value can be worked out by hand. */
export function forecastInstance(id: number, parents: number[], options: Partial<Omit<ForecastInstance, "id" | "parentIds">> = {}): ForecastInstance {
  return {
    id: BigInt(id),
    parentIds: parents.map(BigInt),
    cycTime: 0,
    status: "NOT_RUN" as InstanceStatus,
    beginRunningTime: null,
    finishTime: null,
    expectedDurationMs: 10,
    ...options,
  };
}
