import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { STATUS_STYLES, SUSPENDED_STYLE, statusStyleOf } from "./status-style";

export type InstanceStatusBadgeProps = { status: string; isSuspended?: boolean; className?: string };

/**
 * Status as icon + label (+ a suspended badge): never colour alone. The icon is called, not
 * mounted: every status's icon is then the same <svg> element to React, and a table row that shows
 * another instance keeps its <svg> and changes its shapes instead of building a new one.
 */
export function InstanceStatusBadge({ status, isSuspended = false, className }: InstanceStatusBadgeProps) {
  const style = statusStyleOf(status);
  return (
    <span className={cn("inline-flex items-center gap-1", className)}>
      <Badge tone={style.tone} title={style.description} icon={style.Icon({ size: 12 })}>
        {style.label}
      </Badge>
      {isSuspended ? (
        <Badge tone={SUSPENDED_STYLE.tone} title={SUSPENDED_STYLE.description} icon={<SUSPENDED_STYLE.Icon size={12} />}>
          {SUSPENDED_STYLE.label}
        </Badge>
      ) : null}
    </span>
  );
}

/** Just the icon and a short label, for dense places (graph nodes, tiles). */
export function InstanceStatusIcon({ status, size = 14 }: { status: keyof typeof STATUS_STYLES | string; size?: number }) {
  const style = statusStyleOf(status);
  return <style.Icon size={size} label={style.label} className={style.textClass} />;
}
