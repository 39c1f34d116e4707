import type { Metadata } from "next";
import { Suspense } from "react";
import { INSTANCE_STRINGS } from "@/components/instances/instance-strings";
import { InstancesView } from "@/components/instances/instances-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: INSTANCE_STRINGS.page.title };

/**
 * /s/{serviceId}/p/{projectId}/instances — the workspace's instances; filters, sort and page live
 * in the URL (e.g. `?bizdate=2026-11-23&status=FAILURE`). The workspace layout checks the session.
 */
export default function InstancesRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={12} columns={8} label={INSTANCE_STRINGS.page.loading} />}>
      <InstancesView />
    </Suspense>
  );
}
