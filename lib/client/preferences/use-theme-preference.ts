"use client";

import { useCallback, useState } from "react";
import { writePreferenceCookie } from "./preference-cookie";
import { THEME_COOKIE, themeClassName, type TThemePreference } from "./theme-preference";

/** The current theme and a setter that applies it at once (class on <html>) and remembers it (cookie). */
export function useThemePreference(initial: TThemePreference) {
  const [theme, setThemeState] = useState<TThemePreference>(initial);
  const setTheme = useCallback((next: TThemePreference) => {
    setThemeState(next);
    writePreferenceCookie(THEME_COOKIE, next);
    const root = document.documentElement;
    root.classList.remove("dark", "light");
    const className = themeClassName(next);
    if (className) root.classList.add(className);
  }, []);
  return { theme, setTheme };
}
