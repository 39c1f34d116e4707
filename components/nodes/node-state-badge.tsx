import { Badge } from "@/components/ui/badge";
import { PauseIcon } from "@/components/ui/icons";
import { NODE_STRINGS } from "./node-strings";

const STRINGS = NODE_STRINGS.state;

/** How the node is scheduled: frozen (warn, with the pause shape), dry run, manual, or normal. */
export function NodeStateBadge({ schedulerType }: { schedulerType: string }) {
  if (schedulerType === "PAUSE") {
    return (
      <Badge tone="warn" icon={<PauseIcon size={12} />} title={STRINGS.frozenHint}>
        {STRINGS.frozen}
      </Badge>
    );
  }
  if (schedulerType === "SKIP") return <Badge tone="info">{STRINGS.dryRun}</Badge>;
  if (schedulerType === "MANUAL") return <Badge tone="neutral">{STRINGS.manual}</Badge>;
  return <Badge tone="neutral">{STRINGS.normal}</Badge>;
}
