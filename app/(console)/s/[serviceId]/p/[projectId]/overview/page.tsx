import type { Metadata } from "next";
import { Suspense } from "react";
import { OVERVIEW_STRINGS } from "@/components/overview/overview-strings";
import { OverviewView } from "@/components/overview/overview-view";
import { Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: OVERVIEW_STRINGS.title };

/**
 * /s/{serviceId}/p/{projectId}/overview?bizdate=YYYY-MM-DD — status counts with links into the
 * instance list, success trend, daily amounts, slowest and most failing nodes, node-type mix.
 */
export default function OverviewRoute() {
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <OverviewView />
    </Suspense>
  );
}
