import type { TInstanceSummary } from "@/lib/contracts/instances";
import { INSTANCE_STRINGS } from "./instance-strings";
import { STATUS_SCAN_ORDER } from "./status-style";

/**
 * The instances table's columns: header, alignment and how a column sorts within the page (the
 * page itself comes in the upstream's order, newest cycle first). Pure.
 */
export const COLUMN_IDS = ["status", "node", "bizdate", "cycTime", "duration", "started", "finished", "owner", "priority", "programType", "dagType", "retriesLeft"] as const;
export type TColumnId = (typeof COLUMN_IDS)[number];

export type TColumnDefinition = {
  id: TColumnId;
  header: string;
  align: "left" | "right";
  /** The header names the time zone (the cells are times). */
  isTime: boolean;
  /** Smaller sorts first; null sorts last either way. */
  sortValue: (instance: TInstanceSummary, now: number) => string | number | null;
};

const epoch = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/** Run time so far: finish (or now, while running) minus start. */
export function durationMs(instance: Pick<TInstanceSummary, "beginRunningTime" | "finishTime">, now: number): number | null {
  const start = epoch(instance.beginRunningTime);
  if (start === null) return null;
  return Math.max(0, (epoch(instance.finishTime) ?? now) - start);
}

const columns = INSTANCE_STRINGS.columns;

export const COLUMN_DEFINITIONS: readonly TColumnDefinition[] = [
  { id: "status", header: columns.status, align: "left", isTime: false, sortValue: (instance) => STATUS_SCAN_ORDER.indexOf(instance.status) },
  { id: "node", header: columns.node, align: "left", isTime: false, sortValue: (instance) => instance.nodeName.toLowerCase() },
  { id: "bizdate", header: columns.bizdate, align: "left", isTime: false, sortValue: (instance) => instance.bizdate },
  { id: "cycTime", header: columns.cycTime, align: "left", isTime: true, sortValue: (instance) => epoch(instance.cycTime) },
  { id: "duration", header: columns.duration, align: "right", isTime: false, sortValue: (instance, now) => durationMs(instance, now) },
  { id: "started", header: columns.started, align: "left", isTime: true, sortValue: (instance) => epoch(instance.beginRunningTime) },
  { id: "finished", header: columns.finished, align: "left", isTime: true, sortValue: (instance) => epoch(instance.finishTime) },
  { id: "owner", header: columns.owner, align: "left", isTime: false, sortValue: (instance) => instance.owner?.toLowerCase() ?? null },
  { id: "priority", header: columns.priority, align: "right", isTime: false, sortValue: (instance) => instance.priority },
  { id: "programType", header: columns.programType, align: "left", isTime: false, sortValue: (instance) => instance.programType },
  { id: "dagType", header: columns.dagType, align: "left", isTime: false, sortValue: (instance) => instance.dagType },
  { id: "retriesLeft", header: columns.retriesLeft, align: "right", isTime: false, sortValue: (instance) => instance.retriesLeft },
];

/** The page's rows sorted by a column (stable: ties keep the upstream order); no sort keeps the upstream order. */
export function sortInstances(items: readonly TInstanceSummary[], sort: { column: TColumnId; direction: "asc" | "desc" } | null, now: number): TInstanceSummary[] {
  if (!sort) return [...items];
  const definition = COLUMN_DEFINITIONS.find((column) => column.id === sort.column);
  if (!definition) return [...items];
  const sign = sort.direction === "asc" ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, value: definition.sortValue(item, now) }))
    .sort((left, right) => {
      if (left.value === null || right.value === null) return left.value === right.value ? left.index - right.index : left.value === null ? 1 : -1;
      const order = left.value < right.value ? -1 : left.value > right.value ? 1 : 0;
      return order === 0 ? left.index - right.index : order * sign;
    })
    .map((entry) => entry.item);
}
