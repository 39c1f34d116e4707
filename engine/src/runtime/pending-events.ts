import type { EngineEvents, EventBus } from "../model/events";
import type { InstanceStatus } from "../model/status";

type EventName = keyof EngineEvents;
type Queued = { [K in EventName]: { event: K; payload: EngineEvents[K] } }[EventName];

/**
 * Events gathered while a transaction runs and emitted only after it commits, so listeners never
 * hear of a change that was rolled back.
 */
export class PendingEvents {
  private readonly queued: Queued[] = [];

  add<K extends EventName>(event: K, payload: EngineEvents[K]): void {
    this.queued.push({ event, payload } as Queued);
  }

  statusChanged(instanceId: bigint, from: InstanceStatus, to: InstanceStatus, at: number): void {
    this.add("instance:statusChanged", { instanceId, from, to, at });
  }

  /** Moves every event of `other` into this one (a committed inner step joins the pass's events). */
  absorb(other: PendingEvents): void {
    this.queued.push(...other.queued.splice(0));
  }

  count(event: EventName): number {
    return this.queued.filter((entry) => entry.event === event).length;
  }

  emitTo(events: EventBus): void {
    for (const entry of this.queued.splice(0)) events.emit(entry.event, entry.payload as never);
  }
}
