"use client";

import { cn } from "@/components/ui/cn";
import { MonitorIcon, MoonIcon, SunIcon } from "@/components/ui/icons";
import { THEME_PREFERENCES, type TThemePreference } from "@/lib/client/preferences/theme-preference";
import { useThemePreference } from "@/lib/client/preferences/use-theme-preference";
import { SHELL_STRINGS } from "./shell-strings";

const ICONS = { dark: MoonIcon, light: SunIcon, system: MonitorIcon } as const;

/** Dark / light / system as a radio group of icon buttons (arrow keys move, as radios do). */
export function ThemeSwitch({ initialTheme }: { initialTheme: TThemePreference }) {
  const { theme, setTheme } = useThemePreference(initialTheme);
  return (
    <div role="radiogroup" aria-label={SHELL_STRINGS.theme.label} className="flex items-center rounded-md border border-border p-0.5">
      {THEME_PREFERENCES.map((option) => {
        const Icon = ICONS[option];
        const isChecked = theme === option;
        return (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={isChecked}
            aria-label={SHELL_STRINGS.theme[option]}
            title={SHELL_STRINGS.theme[option]}
            tabIndex={isChecked ? 0 : -1}
            onClick={() => setTheme(option)}
            onKeyDown={(event) => {
              const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
              if (step === 0) return;
              event.preventDefault();
              const next = THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(option) + step + THEME_PREFERENCES.length) % THEME_PREFERENCES.length] as TThemePreference;
              setTheme(next);
              (event.currentTarget.parentElement?.querySelector(`[aria-label="${SHELL_STRINGS.theme[next]}"]`) as HTMLElement | null)?.focus();
            }}
            className={cn("rounded p-1 text-fg-muted hover:text-fg", isChecked && "bg-surface-muted text-fg")}
          >
            <Icon size={14} />
          </button>
        );
      })}
    </div>
  );
}
