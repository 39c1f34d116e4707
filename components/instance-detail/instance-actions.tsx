"use client";

import { useMemo, useState } from "react";
import { BulkActionDialog } from "@/components/instances/bulk-action-dialog";
import { Button } from "@/components/ui/button";
import { PauseIcon, PlayIcon, RefreshIcon, CheckCircleIcon, StopIcon } from "@/components/ui/icons";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TInstanceAction, TInstanceSummary } from "@/lib/contracts/instances";
import { availableActions } from "./available-actions";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.actions;

const ICONS: Record<TInstanceAction, typeof RefreshIcon> = { rerun: RefreshIcon, stop: StopIcon, "set-success": CheckCircleIcon, suspend: PauseIcon, resume: PlayIcon };

export type InstanceActionsProps = { workspace: TWorkspaceRef; instance: TInstanceSummary; canAct: boolean; instanceHref: (instanceId: string) => string };

/**
 * Rerun, stop, set-success, suspend and resume for one instance, through the instances area's
 * confirmation dialog (what the action will do given the state now, downstream impact, reason,
 * per-instance result). Actions the state does not allow are disabled and say why.
 */
export function InstanceActions({ workspace, instance, canAct, instanceHref }: InstanceActionsProps) {
  const [action, setAction] = useState<TInstanceAction | null>(null);
  const selection = useMemo(() => ({ ids: [instance.instanceId] }), [instance.instanceId]);
  const availability = availableActions(instance);
  return (
    <div role="toolbar" aria-label={STRINGS.toolbarLabel} className="flex flex-wrap items-center gap-1.5">
      {availability.map((entry) => {
        const Icon = ICONS[entry.action];
        const whyNot = !canAct ? STRINGS.viewerHint : entry.whyNot ? STRINGS.whyNot[entry.whyNot] : undefined;
        return (
          <Button
            key={entry.action}
            size="sm"
            variant={entry.action === "stop" && entry.isAvailable ? "danger" : "secondary"}
            icon={<Icon size={14} />}
            disabled={!canAct || !entry.isAvailable}
            title={whyNot}
            onClick={() => setAction(entry.action)}
          >
            {STRINGS.label[entry.action]}
          </Button>
        );
      })}
      <BulkActionDialog workspace={workspace} action={action} selection={selection} onClose={() => setAction(null)} instanceHref={instanceHref} />
    </div>
  );
}
