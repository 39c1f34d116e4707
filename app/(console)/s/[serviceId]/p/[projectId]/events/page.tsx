import type { Metadata } from "next";
import { Suspense } from "react";
import { EVENT_STRINGS } from "@/components/events/event-strings";
import { EventsView } from "@/components/events/events-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: EVENT_STRINGS.title };

/** /s/{serviceId}/p/{projectId}/events — events of a date range (`?from&to&status=NEW,FIXING&type=ERROR`). */
export default function EventsRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={8} columns={6} />}>
      <EventsView />
    </Suspense>
  );
}
