import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BaselineInstanceView } from "@/components/baselines/baseline-instance-view";
import { Skeleton } from "@/components/ui/skeleton";
import { ZBaselineInstanceParams, ZBaselineInstanceQuery } from "@/lib/contracts/baselines";

export const metadata: Metadata = { title: "Baseline" };

/** /s/{serviceId}/p/{projectId}/baselines/{baselineId}/{bizdate}(?cycle=N) — one baseline instance and its key path. */
export default async function BaselineInstanceRoute({ params, searchParams }: { params: Promise<{ serviceId: string; projectId: string; baselineId: string; bizdate: string }>; searchParams: Promise<{ cycle?: string | string[] }> }) {
  const parsed = ZBaselineInstanceParams.safeParse(await params);
  if (!parsed.success) notFound();
  const cycle = (await searchParams).cycle;
  const query = ZBaselineInstanceQuery.safeParse({ inGroupId: typeof cycle === "string" ? cycle : undefined });
  if (!query.success) notFound();
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <BaselineInstanceView baselineId={parsed.data.baselineId} bizdate={parsed.data.bizdate} inGroupId={query.data.inGroupId} />
    </Suspense>
  );
}
