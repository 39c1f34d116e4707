import type { TWaitingReason } from "@/lib/contracts/instance-detail";
import { formatInstantWithZone } from "@/components/instances/instance-format";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.waiting;

/** The waiting reason's headline sentence, times in the workspace's zone (blockers are listed by the panel). Pure. */
export function describeWaitingReason(reason: TWaitingReason, timezone: string): string {
  switch (reason.kind) {
    case "suspended":
      return STRINGS.suspended(reason.by, reason.at ? formatInstantWithZone(reason.at, timezone) : null, reason.reason);
    case "frozen":
      return STRINGS.frozen;
    case "upstream":
      return STRINGS.upstream(reason.blockers.length + reason.moreCount, reason.parentCount);
    case "ready":
      return STRINGS.ready;
    case "upstream-unknown":
      return STRINGS.upstreamUnknown;
    case "cycle-time":
      return STRINGS.cycleTime(formatInstantWithZone(reason.cycTime, timezone));
    case "resource":
      return STRINGS.resource(reason.resourceGroup, reason.since ? formatInstantWithZone(reason.since, timezone) : null);
  }
}
