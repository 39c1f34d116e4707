import type { ReactNode } from "react";
import { SHELL_STRINGS } from "./shell-strings";
import { SideNav } from "./side-nav";
import { TopBar, type TopBarProps } from "./top-bar";

/** The signed-in page frame: top bar, side navigation, and the page in a scrolling main area. */
export function ConsoleFrame({ children, ...topBar }: TopBarProps & { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only z-50 rounded bg-surface px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        {SHELL_STRINGS.skipToContent}
      </a>
      <TopBar {...topBar} />
      <div className="flex min-h-0 flex-1">
        <aside className="sticky top-12 h-[calc(100dvh-3rem)] w-48 shrink-0 overflow-y-auto border-r border-border bg-surface">
          <SideNav role={topBar.user.role} fallback={topBar.fallbackWorkspace} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-5 py-4 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
