"use client";

import { useEffect } from "react";

/** The User Timing mark of the moment, for benchmarks. */
export const HYDRATED_MARK = "nightshift:hydrated";

/**
 * Sets `data-hydrated` on <html> once React has taken over the server-rendered page (and marks the moment). Until then a
 * click on a checkbox or a key press does nothing; browser tests and benchmarks wait for the mark
 * before they interact.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
    performance.mark(HYDRATED_MARK);
  }, []);
  return null;
}
