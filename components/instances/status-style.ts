import type { ReactElement } from "react";
import type { BadgeTone } from "@/components/ui/badge";
import {
  CheckCircleIcon,
  CircleDashedIcon,
  ClockIcon,
  FilterIcon,
  LoaderIcon,
  PauseIcon,
  SearchIcon,
  ServerIcon,
  XCircleIcon,
  type IconProps,
} from "@/components/ui/icons";
import { INSTANCE_STATUSES, type TInstanceStatus } from "@/lib/contracts/instances";
import { INSTANCE_STRINGS } from "./instance-strings";

/**
 * How each instance status looks, everywhere in the console: a label and a distinct icon shape
 * always go with the colour (colour-blind safe). `tone` is a Badge tone; `textClass` and `color`
 * use the theme tokens (charts take `color`, a CSS variable, so both themes work).
 * No icon moves: a status is a state, and an endless spin beside every running instance would keep
 * the browser drawing frames as long as anything runs (and break WCAG 2.2.2, motion over 5 s).
 */
export type TStatusStyle = {
  label: string;
  description: string;
  tone: BadgeTone;
  /** A plain function of its props (no hooks), so that it can also be called: see InstanceStatusBadge. */
  Icon: (props: IconProps) => ReactElement;
  /** Tailwind text colour class. */
  textClass: string;
  /** CSS colour for SVG (charts, graph nodes): a token variable. */
  color: string;
};

export const STATUS_STYLES: Readonly<Record<TInstanceStatus, TStatusStyle>> = {
  NOT_RUN: style("NOT_RUN", "neutral", CircleDashedIcon, "text-fg-muted", "var(--fg-muted)"),
  WAIT_TIME: style("WAIT_TIME", "info", ClockIcon, "text-info", "var(--info)"),
  WAIT_RESOURCE: style("WAIT_RESOURCE", "warn", ServerIcon, "text-warn", "var(--warn)"),
  RUNNING: style("RUNNING", "accent", LoaderIcon, "text-accent", "var(--accent)"),
  CHECKING: style("CHECKING", "accent", SearchIcon, "text-accent", "var(--accent)"),
  CHECKING_CONDITION: style("CHECKING_CONDITION", "accent", FilterIcon, "text-accent", "var(--accent)"),
  FAILURE: style("FAILURE", "danger", XCircleIcon, "text-danger", "var(--danger)"),
  SUCCESS: style("SUCCESS", "ok", CheckCircleIcon, "text-ok", "var(--ok)"),
};

/** The "suspended" flag, shown beside the status (a suspended instance keeps its status). */
export const SUSPENDED_STYLE = {
  label: INSTANCE_STRINGS.suspended,
  description: INSTANCE_STRINGS.suspendedDescription,
  tone: "warn" as BadgeTone,
  Icon: PauseIcon,
  textClass: "text-warn",
  color: "var(--warn)",
};

/** Statuses in the order an operator scans them: problems and work in progress first. */
export const STATUS_SCAN_ORDER: readonly TInstanceStatus[] = ["FAILURE", "RUNNING", "CHECKING", "CHECKING_CONDITION", "WAIT_RESOURCE", "WAIT_TIME", "NOT_RUN", "SUCCESS"];

function style(status: TInstanceStatus, tone: BadgeTone, Icon: TStatusStyle["Icon"], textClass: string, color: string): TStatusStyle {
  return { label: INSTANCE_STRINGS.status[status], description: INSTANCE_STRINGS.statusDescription[status], tone, Icon, textClass, color };
}

/** The style of any status text; an unknown status reads as itself in neutral. */
export function statusStyleOf(status: string): TStatusStyle {
  return (INSTANCE_STATUSES as readonly string[]).includes(status)
    ? STATUS_STYLES[status as TInstanceStatus]
    : { label: status, description: status, tone: "neutral", Icon: CircleDashedIcon, textClass: "text-fg-muted", color: "var(--fg-muted)" };
}
