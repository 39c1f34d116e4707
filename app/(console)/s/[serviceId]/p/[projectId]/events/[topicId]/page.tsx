import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EventDetailView } from "@/components/events/event-detail-view";
import { Skeleton } from "@/components/ui/skeleton";
import { zId } from "@/lib/contracts/common";

export const metadata: Metadata = { title: "Event" };

/** /s/{serviceId}/p/{projectId}/events/{topicId} — one event, the baselines it threatens, and its handling. */
export default async function EventRoute({ params }: { params: Promise<{ topicId: string }> }) {
  const parsed = zId.safeParse((await params).topicId);
  if (!parsed.success) notFound();
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <EventDetailView topicId={parsed.data} />
    </Suspense>
  );
}
