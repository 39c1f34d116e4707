import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function DagsLoading() {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-16 w-full" />
      <SkeletonRows rows={8} columns={6} />
    </div>
  );
}
