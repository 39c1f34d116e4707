import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditPage } from "@/components/audit/audit-page";
import { AUDIT_STRINGS } from "@/components/audit/audit-strings";
import { SkeletonRows } from "@/components/ui/skeleton";
import { requireActor } from "@/lib/server/auth/get-actor";

export const metadata: Metadata = { title: AUDIT_STRINGS.title };

/** /audit — filters live in the URL (actor, action, result, since, until, targetId), so every view is a shareable link. */
export default async function AuditRoute() {
  await requireActor({ nextPath: "/audit" });
  return (
    <Suspense fallback={<SkeletonRows rows={8} columns={6} />}>
      <AuditPage />
    </Suspense>
  );
}
