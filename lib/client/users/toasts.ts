/** Toast texts of the users hooks (one place, so that a zh-CN table can be added). */
export const USER_TOASTS = {
  created: (username: string) => `User “${username}” created`,
  updated: (username: string) => `User “${username}” saved`,
  revoked: (username: string, count: number) => `Signed “${username}” out of ${count} session${count === 1 ? "" : "s"}`,
  failed: "The change was not saved",
} as const;
