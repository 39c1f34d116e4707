import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { InstanceDetailView } from "@/components/instance-detail/instance-detail-view";
import { Skeleton } from "@/components/ui/skeleton";
import { zId } from "@/lib/contracts/common";

export const metadata: Metadata = { title: "Instance" };

/**
 * /s/{serviceId}/p/{projectId}/instances/{instanceId} — one instance: fields, timings, waiting
 * reason, actions, log, graph (`?tab=graph&depth=3`), recent instances and history. A log line
 * is linkable as `#L120`. The workspace layout checks the session and the workspace.
 */
export default async function InstanceDetailRoute({ params }: { params: Promise<{ instanceId: string }> }) {
  const parsed = zId.safeParse((await params).instanceId);
  if (!parsed.success) notFound();
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <InstanceDetailView instanceId={parsed.data} />
    </Suspense>
  );
}
