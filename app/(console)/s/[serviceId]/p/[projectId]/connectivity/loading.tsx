import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function ConnectivityLoading() {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <Skeleton className="h-6 w-40" />
      <SkeletonRows rows={8} columns={5} />
    </div>
  );
}
