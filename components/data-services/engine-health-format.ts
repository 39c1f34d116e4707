/** Pure display helpers for the embedded engine's health facts (shown with a data-service test). */

import type { BadgeTone } from "@/components/ui/badge";

export type Tone = BadgeTone;

type StatusInfo = { label: string; tone: Tone };

/** DataWorks' instance statuses in the order an operator scans them: problems and work first. */
const KNOWN_STATUSES: ReadonlyArray<readonly [string, StatusInfo]> = [
  ["FAILURE", { label: "Failed", tone: "danger" }],
  ["RUNNING", { label: "Running", tone: "accent" }],
  ["CHECKING", { label: "Checking", tone: "warn" }],
  ["CHECKING_CONDITION", { label: "Checking condition", tone: "warn" }],
  ["WAIT_RESOURCE", { label: "Waiting for resources", tone: "warn" }],
  ["WAIT_TIME", { label: "Waiting for time", tone: "neutral" }],
  ["NOT_RUN", { label: "Not run", tone: "neutral" }],
  ["SUCCESS", { label: "Succeeded", tone: "ok" }],
];
const STATUS_INFO = new Map(KNOWN_STATUSES);
const STATUS_RANK = new Map(KNOWN_STATUSES.map(([status], index) => [status, index]));

export type StatusCount = { status: string; label: string; tone: Tone; count: number };

/** Known statuses in operator order, then any status this console does not know, alphabetically. */
export function toStatusCounts(byStatus: Record<string, number>): StatusCount[] {
  return Object.entries(byStatus)
    .map(([status, count]) => ({ status, count, ...(STATUS_INFO.get(status) ?? { label: status, tone: "neutral" as const }) }))
    .sort((a, b) => {
      const rankA = STATUS_RANK.get(a.status) ?? KNOWN_STATUSES.length;
      const rankB = STATUS_RANK.get(b.status) ?? KNOWN_STATUSES.length;
      return rankA - rankB || a.status.localeCompare(b.status);
    });
}

/** "42 s", "12 min", "3 h 5 min", "2 d 4 h": two units at most, the coarse one first. */
export function formatUptime(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** A field name the engine sent, made readable: "runningNow" → "Running now", "queue_depth" → "Queue depth". */
export function toFieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
