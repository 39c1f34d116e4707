import type { Id } from "./entities";
import type { InstanceStatus } from "./status";

/** Events the engine emits in process; monitoring, the runtime and tests subscribe to them. */
export type EngineEvents = {
  /** An instance changed status (any transition, including operator actions). */
  "instance:statusChanged": { instanceId: Id; from: InstanceStatus; to: InstanceStatus; at: number };
  /** A task process started for an attempt. */
  "instance:started": { instanceId: Id; attempt: number; pid: number | null; at: number };
  /** An attempt ended in failure (the instance may still be retried). */
  "instance:failed": { instanceId: Id; attempt: number; exitCode: number | null; willRetry: boolean; at: number };
  /** An instance ended SUCCESS. */
  "instance:succeeded": { instanceId: Id; attempt: number; at: number };
  /** An operator asked to stop an instance; whoever runs its process must kill it. */
  "instance:stopRequested": { instanceId: Id; at: number };
  /** The scheduler finished one pass of its loop. */
  "scheduler:tick": { at: number; started: number; finished: number };
  /** Instances were generated for a project and bizdate. */
  "instances:generated": { projectId: Id; bizdate: string; count: number };
};
