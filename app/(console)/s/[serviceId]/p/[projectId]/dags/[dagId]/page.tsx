import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DagDetailView } from "@/components/dags/dag-detail-view";
import { Skeleton } from "@/components/ui/skeleton";
import { zId } from "@/lib/contracts/common";

export const metadata: Metadata = { title: "DAG" };

/** /s/{serviceId}/p/{projectId}/dags/{dagId} — one DAG: progress, backfill dates, graph or instances (`?tab=instances`). */
export default async function DagDetailRoute({ params }: { params: Promise<{ dagId: string }> }) {
  const parsed = zId.safeParse((await params).dagId);
  if (!parsed.success) notFound();
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <DagDetailView dagId={parsed.data} />
    </Suspense>
  );
}
