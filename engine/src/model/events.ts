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

type Listener<T> = (payload: T) => void;

/** A small typed in-process event bus. Listeners run synchronously; their errors are not the emitter's. */
export class EventBus {
  private readonly listeners = new Map<keyof EngineEvents, Set<Listener<never>>>();

  on<K extends keyof EngineEvents>(event: K, listener: Listener<EngineEvents[K]>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof EngineEvents>(event: K, payload: EngineEvents[K]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as Listener<EngineEvents[K]>)(payload);
      } catch (error) {
        console.error(`[events] a listener of ${event} threw`, error);
      }
    }
  }

  /** Resolves with the first payload of `event` that satisfies `predicate` (for tests and waits). */
  waitFor<K extends keyof EngineEvents>(event: K, predicate: (payload: EngineEvents[K]) => boolean = () => true): Promise<EngineEvents[K]> {
    return new Promise((resolve) => {
      const off = this.on(event, (payload) => {
        if (!predicate(payload)) return;
        off();
        resolve(payload);
      });
    });
  }
}
