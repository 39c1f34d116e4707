import { ZAuditListQuery, ZAuditPage } from "@/lib/contracts/audit";
import { listAuditRecords } from "@/lib/server/audit/list-audit-records";
import { withRoute } from "@/lib/server/http/with-route";

/** GET /api/audit — audit records newest first; filters actor, action (prefix), result, since/until, targetId; cursor paging. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { query: ZAuditListQuery, response: ZAuditPage },
  handler: ({ query }) => listAuditRecords(query),
});
