/** Every word the primitives show by themselves, in one place so that a zh-CN table can be added. */
export const UI_STRINGS = {
  close: "Close",
  cancel: "Cancel",
  confirm: "Confirm",
  loading: "Loading…",
  retry: "Try again",
  dismiss: "Dismiss",
  notifications: "Notifications",
  requestId: "Request ID",
  typeToConfirm: (text: string) => `Type ${text} to confirm`,
  sortAscending: "sorted ascending",
  sortDescending: "sorted descending",
} as const;
