import type { ComponentType } from "react";
import type { BadgeTone } from "@/components/ui/badge";
import { AlertTriangleIcon, CheckCircleIcon, ClockIcon, XCircleIcon, type IconProps } from "@/components/ui/icons";
import type { TBaselineStatus } from "@/lib/contracts/baselines";
import { BASELINE_STRINGS } from "./baseline-strings";

/** How a baseline status looks: label, icon shape and tone together (never colour alone). */
export type TBaselineStatusStyle = { label: string; description: string; tone: BadgeTone; Icon: ComponentType<IconProps>; color: string };

export const BASELINE_STATUS_STYLES: Readonly<Record<TBaselineStatus, TBaselineStatusStyle>> = {
  SAFE: { label: BASELINE_STRINGS.status.SAFE, description: BASELINE_STRINGS.statusHint.SAFE, tone: "ok", Icon: CheckCircleIcon, color: "var(--ok)" },
  DANGROUS: { label: BASELINE_STRINGS.status.DANGROUS, description: BASELINE_STRINGS.statusHint.DANGROUS, tone: "warn", Icon: AlertTriangleIcon, color: "var(--warn)" },
  OVER: { label: BASELINE_STRINGS.status.OVER, description: BASELINE_STRINGS.statusHint.OVER, tone: "danger", Icon: ClockIcon, color: "var(--danger)" },
  ERROR: { label: BASELINE_STRINGS.status.ERROR, description: BASELINE_STRINGS.statusHint.ERROR, tone: "danger", Icon: XCircleIcon, color: "var(--danger)" },
};

export function baselineStatusStyleOf(status: string): TBaselineStatusStyle {
  return BASELINE_STATUS_STYLES[status as TBaselineStatus] ?? BASELINE_STATUS_STYLES.ERROR;
}
