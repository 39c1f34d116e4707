import { z } from "zod";

/**
 * The colour theme a user picked, kept in a cookie so that the server renders <html> with the right
 * class (no flash of the wrong theme). Pure: the server layout and the browser both read it.
 */
export const THEME_COOKIE = "ns_theme";
export const THEME_PREFERENCES = ["dark", "light", "system"] as const;
export type TThemePreference = (typeof THEME_PREFERENCES)[number];

/** Dark is the default: the console is read on night shifts. */
export const DEFAULT_THEME: TThemePreference = "dark";

const ZThemePreference = z.enum(THEME_PREFERENCES);

export function parseThemePreference(value: string | undefined | null): TThemePreference {
  const parsed = ZThemePreference.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_THEME;
}

/** The class on <html>: globals.css pins dark or light by class, and follows the OS without one. */
export function themeClassName(theme: TThemePreference): "dark" | "light" | undefined {
  return theme === "system" ? undefined : theme;
}
