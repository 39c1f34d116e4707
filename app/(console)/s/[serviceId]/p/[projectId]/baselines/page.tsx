import type { Metadata } from "next";
import { Suspense } from "react";
import { BASELINE_STRINGS } from "@/components/baselines/baseline-strings";
import { BaselinesBoardView } from "@/components/baselines/baselines-board-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: BASELINE_STRINGS.title };

/** /s/{serviceId}/p/{projectId}/baselines — the baselines board (`?bizdate=…&status=DANGROUS,OVER&owner=…&priority=8`). */
export default function BaselinesRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={8} columns={7} />}>
      <BaselinesBoardView />
    </Suspense>
  );
}
