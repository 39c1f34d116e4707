/** DAG pages poll while their DAG has work left, slowly once it is done. */
export const ACTIVE_DAG_REFRESH_MS = 10_000;
export const DONE_DAG_REFRESH_MS = 60_000;

export function dagRefreshMs(status: string | undefined, unfinishedCount: number | undefined): number {
  if (unfinishedCount !== undefined) return unfinishedCount > 0 ? ACTIVE_DAG_REFRESH_MS : DONE_DAG_REFRESH_MS;
  return status === "SUCCESS" || status === "FAILURE" ? DONE_DAG_REFRESH_MS : ACTIVE_DAG_REFRESH_MS;
}
