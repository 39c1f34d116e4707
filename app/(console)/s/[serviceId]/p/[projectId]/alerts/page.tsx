import type { Metadata } from "next";
import { Suspense } from "react";
import { ALERT_STRINGS } from "@/components/alerts/alert-strings";
import { AlertsView } from "@/components/alerts/alerts-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: ALERT_STRINGS.title };

/** /s/{serviceId}/p/{projectId}/alerts — alert messages with delivery status (`?from&to&source&status&receiver`). */
export default function AlertsRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={8} columns={7} />}>
      <AlertsView />
    </Suspense>
  );
}
