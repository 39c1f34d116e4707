/** Toast wording of the connectivity hooks (English first; a zh-CN table can sit beside it). */
export const CONNECTIVITY_TOASTS = {
  created: "Data source created",
  saved: "Data source saved",
  deleted: (name: string) => `Deleted data source ${name}`,
  deleteFailed: "Could not delete the data source",
  checkServiceSaved: "Check service saved",
  checkServiceDeleted: "Check service deleted",
  checkServiceDeleteFailed: "Could not delete the check service",
};
