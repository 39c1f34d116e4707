import type { Metadata } from "next";
import { Suspense } from "react";
import { NODE_STRINGS } from "@/components/nodes/node-strings";
import { NodesView } from "@/components/nodes/nodes-view";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: NODE_STRINGS.list.title };

/** /s/{serviceId}/p/{projectId}/nodes — the workspace's nodes (`?name=ods_&owner=bob&page=2`). */
export default function NodesRoute() {
  return (
    <Suspense fallback={<SkeletonRows rows={12} columns={6} />}>
      <NodesView />
    </Suspense>
  );
}
