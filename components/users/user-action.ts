import type { TUser } from "@/lib/contracts/users";

/** The row actions that need a confirmation before they are sent. */
export type TConfirmedUserAction = "resetPassword" | "disable" | "enable" | "revoke";

/** Which actions a row offers: no disabling or revoking yourself from this page (sign out instead). */
export function availableUserActions(user: TUser, currentUserId: number): TConfirmedUserAction[] {
  const isSelf = user.id === currentUserId;
  const actions: TConfirmedUserAction[] = ["resetPassword"];
  if (user.disabledAt) actions.push("enable");
  else if (!isSelf) actions.push("disable");
  if (!isSelf && user.activeSessionCount > 0 && !user.disabledAt) actions.push("revoke");
  return actions;
}
