import { SHELL_STRINGS } from "./shell-strings";
import type { SequenceShortcut } from "./key-sequence";

export type ShellShortcutId = "search" | "overview" | "instances" | "dags" | "nodes" | "audit" | "help";

export type ShellShortcut = SequenceShortcut<ShellShortcutId> & { description: string };

/** The shell's global shortcuts; the list in the "?" dialog is generated from this table. */
export const SHELL_SHORTCUTS: readonly ShellShortcut[] = [
  { id: "search", keys: ["/"], description: SHELL_STRINGS.shortcuts.items.search },
  { id: "overview", keys: ["g", "o"], description: SHELL_STRINGS.shortcuts.items.overview },
  { id: "instances", keys: ["g", "i"], description: SHELL_STRINGS.shortcuts.items.instances },
  { id: "dags", keys: ["g", "d"], description: SHELL_STRINGS.shortcuts.items.dags },
  { id: "nodes", keys: ["g", "n"], description: SHELL_STRINGS.shortcuts.items.nodes },
  { id: "audit", keys: ["g", "a"], description: SHELL_STRINGS.shortcuts.items.audit },
  { id: "help", keys: ["?"], description: SHELL_STRINGS.shortcuts.items.help },
];

/**
 * The element "/" focuses: one marked `data-shortcut="search"` (pages mark their main filter
 * field), else the first search input on the page.
 */
export const SEARCH_TARGET_SELECTOR = '[data-shortcut="search"], input[type="search"]';
