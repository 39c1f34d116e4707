"use client";

import { useEffect, useState } from "react";

/**
 * `value`, but turning on only once it has stayed on for `delayMs` (it turns off at once): for a
 * "still loading" cue that a quick load should never flash. A timer, not a CSS transition delay: a
 * pending transition keeps the compositor producing frames until it fires.
 */
export function useDelayedFlag(value: boolean, delayMs: number): boolean {
  const [hasWaited, setHasWaited] = useState(false);
  useEffect(() => {
    if (!value) {
      setHasWaited(false);
      return;
    }
    const timer = setTimeout(() => setHasWaited(true), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return value && hasWaited;
}
