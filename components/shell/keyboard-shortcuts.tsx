"use client";

import { usePathname, useRouter } from "next/navigation";
import { Fragment, useEffect, useRef, useState } from "react";
import { IconButton } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { KeyboardIcon } from "@/components/ui/icons";
import { Kbd } from "@/components/ui/kbd";
import { INITIAL_KEY_SEQUENCE_STATE, isTypingTarget, pressKey } from "./key-sequence";
import { SHELL_STRINGS } from "./shell-strings";
import { SEARCH_TARGET_SELECTOR, SHELL_SHORTCUTS, type ShellShortcutId } from "./shortcuts";
import { parseWorkspacePath, workspaceSectionPath, type WorkspaceRef } from "./workspace-path";

/** The global shortcuts (see shortcuts.ts) and the "?" list; a button in the bar opens the list too. */
export function KeyboardShortcuts({ fallback }: { fallback: WorkspaceRef | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const state = useRef(INITIAL_KEY_SEQUENCE_STATE);
  const workspace = parseWorkspacePath(pathname) ?? fallback;

  useEffect(() => {
    function run(id: ShellShortcutId) {
      if (id === "help") return setIsHelpOpen(true);
      if (id === "search") return document.querySelector<HTMLElement>(SEARCH_TARGET_SELECTOR)?.focus();
      if (id === "audit") return router.push("/audit");
      router.push(workspace ? workspaceSectionPath(workspace, id) : "/");
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target) || document.querySelector("dialog[open]")) return;
      const result = pressKey(SHELL_SHORTCUTS, state.current, event.key, event.timeStamp);
      state.current = result.state;
      if (result.matched) {
        event.preventDefault();
        run(result.matched);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router, workspace]);

  return (
    <>
      <IconButton label={SHELL_STRINGS.shortcuts.open} icon={<KeyboardIcon size={14} />} size="sm" onClick={() => setIsHelpOpen(true)} />
      <Dialog open={isHelpOpen} onClose={() => setIsHelpOpen(false)} title={SHELL_STRINGS.shortcuts.title} size="sm">
        <dl className="flex flex-col gap-2 text-sm">
          {SHELL_SHORTCUTS.map((shortcut) => (
            <div key={shortcut.id} className="flex items-center justify-between gap-4">
              <dt className="text-fg-muted">{shortcut.description}</dt>
              <dd className="flex items-center gap-1 whitespace-nowrap">
                {shortcut.keys.map((key, index) => (
                  <Fragment key={index}>
                    {index > 0 ? <span className="text-xs text-fg-muted">{SHELL_STRINGS.shortcuts.then}</span> : null}
                    <Kbd>{key}</Kbd>
                  </Fragment>
                ))}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-xs text-fg-muted">{SHELL_STRINGS.shortcuts.tableHint}</p>
      </Dialog>
    </>
  );
}
