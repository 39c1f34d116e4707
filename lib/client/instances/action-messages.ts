import type { TInstanceAction } from "@/lib/contracts/instances";

/** Names of the instance actions and the toast texts of their hook (components/instances reuses the names). */
export const ACTION_LABELS = {
  rerun: "Rerun",
  stop: "Stop",
  suspend: "Suspend",
  resume: "Resume",
  "set-success": "Set success",
} as const satisfies Record<TInstanceAction, string>;

export const ACTION_TOASTS = {
  done: (action: string, applied: number, noop: number) => `${action}: ${applied} applied${noop ? `, ${noop} unchanged` : ""}`,
  partial: (action: string, refused: number, failed: number) => `${action}: ${refused} refused, ${failed} failed — see the results`,
  error: (action: string) => `${action} was not carried out`,
};
