import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NodeDetailView } from "@/components/nodes/node-detail-view";
import { zId } from "@/lib/contracts/common";

export const metadata: Metadata = { title: "Node" };

/** /s/{serviceId}/p/{projectId}/nodes/{nodeId} — one node: definition, code, dependencies, recent instances, actions. */
export default async function NodeDetailRoute({ params }: { params: Promise<{ nodeId: string }> }) {
  const parsed = zId.safeParse((await params).nodeId);
  if (!parsed.success) notFound();
  return <NodeDetailView nodeId={parsed.data} />;
}
