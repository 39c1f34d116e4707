import Link from "next/link";
import type { TDataService } from "@/lib/contracts/data-services";
import type { TThemePreference } from "@/lib/client/preferences/theme-preference";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { SHELL_STRINGS } from "./shell-strings";
import { ThemeSwitch } from "./theme-switch";
import { UserMenu, type ShellUser } from "./user-menu";
import type { WorkspaceRef } from "./workspace-path";
import { WorkspacePicker } from "./workspace-picker";
import { ZoneIndicator } from "./zone-indicator";

export type TopBarProps = {
  user: ShellUser;
  services: TDataService[];
  fallbackWorkspace: WorkspaceRef | null;
  theme: TThemePreference;
};

/** Product name, data service + project picker, the project's time zone, shortcuts, theme and user. */
export function TopBar({ user, services, fallbackWorkspace, theme }: TopBarProps) {
  return (
    <header className="sticky top-0 z-40 flex h-12 items-center gap-4 border-b border-border bg-surface px-3">
      <Link href="/" className="flex items-center gap-2 text-sm font-semibold tracking-wide">
        <span aria-hidden="true" className="inline-block size-2.5 rounded-full bg-accent" />
        {SHELL_STRINGS.productName}
      </Link>
      <WorkspacePicker initialServices={services} fallback={fallbackWorkspace} />
      <ZoneIndicator />
      <div className="ml-auto flex items-center gap-3">
        <KeyboardShortcuts fallback={fallbackWorkspace} />
        <ThemeSwitch initialTheme={theme} />
        <UserMenu user={user} />
      </div>
    </header>
  );
}
