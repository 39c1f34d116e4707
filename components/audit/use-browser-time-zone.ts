"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;
const getZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** The browser's IANA zone; null while rendering on the server (which does not know it). */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribe, getZone, () => null);
}
