import { zInt } from "../../params";

/** ListNodes' and ListInstances' `PageNumber`: 1–100 as the spec states (deeper pages: the Cursor extension). */
export const zBoundedPageNumber = zInt(1, 100).default(1);

/** PageNumber/PageSize → rows to skip and take. */
export function toOffset(page: { pageNumber: number; pageSize: number }): { offset: number; limit: number } {
  return { offset: (page.pageNumber - 1) * page.pageSize, limit: page.pageSize };
}
