import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "./after-next-paint";

describe("afterNextPaint", () => {
  let frames: (() => void)[];
  beforeEach(() => {
    frames = [];
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => {
      frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("runs the work in a task after the next frame, not in the frame itself", () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    frames.shift()!();
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("does nothing once cancelled, before or after the frame", () => {
    const beforeFrame = vi.fn();
    afterNextPaint(beforeFrame)();
    frames.forEach((frame) => frame());
    vi.runAllTimers();
    expect(beforeFrame).not.toHaveBeenCalled();

    const afterFrame = vi.fn();
    const cancel = afterNextPaint(afterFrame);
    frames[frames.length - 1]!();
    cancel();
    vi.runAllTimers();
    expect(afterFrame).not.toHaveBeenCalled();
  });
});
