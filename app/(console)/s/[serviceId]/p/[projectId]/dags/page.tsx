import type { Metadata } from "next";
import { Suspense } from "react";
import { DAG_STRINGS } from "@/components/dags/dag-strings";
import { DagsView } from "@/components/dags/dags-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: DAG_STRINGS.list.title };

/** /s/{serviceId}/p/{projectId}/dags — the daily DAG of a business date and recent runs (`?type=SUPPLY_DATA&bizdate=2026-11-23`). */
export default function DagsRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={8} columns={6} />}>
      <DagsView />
    </Suspense>
  );
}
