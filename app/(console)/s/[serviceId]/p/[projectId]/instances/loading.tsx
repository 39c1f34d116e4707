import { INSTANCE_STRINGS } from "@/components/instances/instance-strings";
import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function InstancesLoading() {
  return (
    <div className="flex flex-col gap-3">
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-24 w-full" />
      <SkeletonRows rows={12} columns={8} label={INSTANCE_STRINGS.page.loading} />
    </div>
  );
}
