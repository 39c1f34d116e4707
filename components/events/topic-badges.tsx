import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AlertTriangleIcon, CheckCircleIcon, CircleDashedIcon, ClockIcon, LoaderIcon, XCircleIcon } from "@/components/ui/icons";
import type { TTopicStatus, TTopicType } from "@/lib/contracts/topics";
import { EVENT_STRINGS } from "./event-strings";

const STATUS_TONES: Record<TTopicStatus, { tone: BadgeTone; Icon: typeof CheckCircleIcon }> = {
  NEW: { tone: "danger", Icon: AlertTriangleIcon },
  FIXING: { tone: "accent", Icon: LoaderIcon },
  RECOVER: { tone: "ok", Icon: CheckCircleIcon },
  IGNORE: { tone: "neutral", Icon: CircleDashedIcon },
};

/** An event's status as icon + label. */
export function TopicStatusBadge({ status }: { status: string }) {
  const style = STATUS_TONES[status as TTopicStatus] ?? STATUS_TONES.NEW;
  return (
    <Badge tone={style.tone} icon={<style.Icon size={12} />}>
      {EVENT_STRINGS.status[status as TTopicStatus] ?? status}
    </Badge>
  );
}

/** An event's type: failed or slow. */
export function TopicTypeBadge({ type }: { type: string }) {
  const isSlow = type === "SLOW";
  return (
    <Badge tone={isSlow ? "warn" : "danger"} icon={isSlow ? <ClockIcon size={12} /> : <XCircleIcon size={12} />}>
      {EVENT_STRINGS.type[type as TTopicType] ?? type}
    </Badge>
  );
}
