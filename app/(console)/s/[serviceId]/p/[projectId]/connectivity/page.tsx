import type { Metadata } from "next";
import { Suspense } from "react";
import { CONNECTIVITY_STRINGS } from "@/components/connectivity/connectivity-strings";
import { ConnectivityView } from "@/components/connectivity/connectivity-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: CONNECTIVITY_STRINGS.title };

/** /s/{serviceId}/p/{projectId}/connectivity — data sources, tests, history and other services' checks (`?tab=checks`). */
export default function ConnectivityRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={8} columns={5} />}>
      <ConnectivityView />
    </Suspense>
  );
}
