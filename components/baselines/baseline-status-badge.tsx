import { Badge } from "@/components/ui/badge";
import { baselineStatusStyleOf } from "./baseline-status-style";
import { BASELINE_STRINGS } from "./baseline-strings";

/** A baseline instance's status as icon + label; a finished one says so beside it. */
export function BaselineStatusBadge({ status, isFinished = false }: { status: string; isFinished?: boolean }) {
  const style = baselineStatusStyleOf(status);
  return (
    <span className="inline-flex items-center gap-1">
      <Badge tone={style.tone} title={style.description} icon={<style.Icon size={12} />}>
        {style.label}
      </Badge>
      {isFinished ? <Badge tone="neutral">{BASELINE_STRINGS.finished}</Badge> : null}
    </span>
  );
}
