import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function NodeDetailLoading() {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <Skeleton className="h-6 w-40" />
      <SkeletonRows rows={12} columns={6} />
    </div>
  );
}
