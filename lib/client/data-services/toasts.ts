/** Toast texts of the data-service hooks (one place, so that a zh-CN table can be added). */
export const DATA_SERVICE_TOASTS = {
  created: (name: string) => `Data service “${name}” added`,
  updated: (name: string) => `Data service “${name}” saved`,
  deleted: (name: string) => `Data service “${name}” deleted`,
  deleteFailed: "The data service was not deleted",
} as const;
