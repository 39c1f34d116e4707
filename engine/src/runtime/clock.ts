/** The runtime reads time and sets timers only through this port, so tests can drive time. */
export type Clock = {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): ClockTimer;
  clearTimeout(timer: ClockTimer): void;
};

export type ClockTimer = { readonly id: number };

export const realClock: Clock = (() => {
  const handles = new Map<number, NodeJS.Timeout>();
  let nextId = 1;
  return {
    now: () => Date.now(),
    setTimeout(callback, delayMs) {
      const id = nextId++;
      const handle = setTimeout(() => {
        handles.delete(id);
        callback();
      }, delayMs);
      handles.set(id, handle);
      return { id };
    },
    clearTimeout(timer) {
      clearTimeout(handles.get(timer.id));
      handles.delete(timer.id);
    },
  };
})();

export type FakeClock = Clock & {
  /** Moves time forward, firing every timer that falls due on the way, in order. */
  advance(ms: number): Promise<void>;
  /** Moves time to `at` (never backwards), firing due timers. */
  advanceTo(at: number): Promise<void>;
  pendingTimers(): number;
};

/** A clock that only moves when told to. Timers fire from `advance`, each followed by a macrotask turn. */
export function createFakeClock(start: number): FakeClock {
  let current = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();

  async function advanceTo(at: number): Promise<void> {
    for (;;) {
      const due = [...timers.entries()].filter(([, timer]) => timer.at <= at).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      const [id, timer] = due;
      timers.delete(id);
      current = Math.max(current, timer.at);
      timer.callback();
      // Let whatever the callback started reach its first await before the next timer fires.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    current = Math.max(current, at);
  }

  return {
    now: () => current,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { at: current + Math.max(0, delayMs), callback });
      return { id };
    },
    clearTimeout(timer) {
      timers.delete(timer.id);
    },
    advance: (ms) => advanceTo(current + ms),
    advanceTo,
    pendingTimers: () => timers.size,
  };
}
