import { IANAZone } from "luxon";
import type { EpochMs } from "../model/entities";
import { isCronDay, type CronSpec } from "./cron";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const BIZDATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type CalendarDay = { year: number; month: number; day: number };

const zoneValidity = new Map<string, boolean>();

/** Cached: luxon answers by building an Intl.DateTimeFormat, ~0.3 ms a call, on every RPC request. */
export function isValidTimeZone(timezone: string): boolean {
  let isValid = zoneValidity.get(timezone);
  if (isValid === undefined) {
    isValid = timezone !== "" && IANAZone.isValidZone(timezone);
    if (zoneValidity.size < 1_000) zoneValidity.set(timezone, isValid);
  }
  return isValid;
}

/** The business date of work running at `now`: the local run date minus one day. */
export function currentBizdate(now: EpochMs, timezone: string): string {
  return addDays(localDateOf(now, timezone), -1);
}

/** The day on which a bizdate's cycle instances run. */
export function runDateOf(bizdate: string): string {
  return addDays(bizdate, 1);
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDay(date);
  return formatCalendarDay(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Local midnight of the bizdate: the `Bizdate` value DataWorks puts on the wire. */
export function bizdateEpoch(bizdate: string, timezone: string): EpochMs {
  return localTimeToEpoch(bizdate, 0, timezone);
}

/** The local calendar date ("YYYY-MM-DD") of an instant. */
export function localDateOf(at: EpochMs, timezone: string): string {
  const local = at + offsetMs(at, zoneOf(timezone));
  return formatCalendarDay(new Date(local));
}

/** Seconds since local midnight of an instant's wall-clock time. */
export function localSecondOfDay(at: EpochMs, timezone: string): number {
  const local = at + offsetMs(at, zoneOf(timezone));
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 1000);
}

/**
 * The bizdates whose instances must exist at `now`: the current one, and the next one as well once
 * the next local midnight is no more than `aheadMs` away (tomorrow's instances are made in advance).
 */
export function bizdatesToEnsure(now: EpochMs, timezone: string, aheadMs: number): string[] {
  const today = localDateOf(now, timezone);
  const bizdate = addDays(today, -1);
  const nextMidnight = localTimeToEpoch(addDays(today, 1), 0, timezone);
  return nextMidnight - now <= aheadMs ? [bizdate, today] : [bizdate];
}

/**
 * Every instant on the run date (local day in `timezone`) at which the expression fires, ascending;
 * empty when the day itself does not match (another weekday, another day of the month).
 */
export function cycleTimes(spec: CronSpec, runDate: string, timezone: string): EpochMs[] {
  return isCronDay(spec, parseCalendarDay(runDate)) ? timesOfDay(spec, runDate, timezone) : [];
}

/** The instants the expression's hours and minutes give on `date`, whether or not the day matches. */
export function timesOfDay(spec: CronSpec, date: string, timezone: string): EpochMs[] {
  const seconds: number[] = [];
  for (const hour of spec.hours) {
    for (const minute of spec.minutes) seconds.push(hour * 3600 + minute * 60 + spec.second);
  }
  const instants = localTimesToEpochs(date, seconds, timezone);
  return [...new Set(instants)].sort((a, b) => a - b);
}

/**
 * Converts a local wall-clock time to an instant. DST rules: a wall time that does not exist
 * (spring forward) maps to the first instant after the gap, so every time inside the gap lands on
 * the same instant and runs once; a wall time that occurs twice (fall back) maps to its first occurrence.
 */
export function localTimeToEpoch(date: string, secondOfDay: number, timezone: string): EpochMs {
  const [instant] = localTimesToEpochs(date, [secondOfDay], timezone);
  return instant as EpochMs;
}

function localTimesToEpochs(date: string, secondsOfDay: readonly number[], timezone: string): EpochMs[] {
  const zone = zoneOf(timezone);
  const { year, month, day } = parseCalendarDay(date);
  const wallMidnight = Date.UTC(year, month - 1, day);
  // Any offset change that can touch this local day lies in this window; zones change at most once in it.
  const windowStart = wallMidnight - DAY_MS;
  const windowEnd = wallMidnight + 2 * DAY_MS;
  const offsetBefore = offsetMs(windowStart, zone);
  const offsetAfter = offsetMs(windowEnd, zone);
  if (offsetBefore === offsetAfter) return secondsOfDay.map((secondOfDay) => wallMidnight + secondOfDay * 1000 - offsetBefore);
  const transition = firstOffsetChange(windowStart, windowEnd, zone);
  return secondsOfDay.map((secondOfDay) => {
    const wall = wallMidnight + secondOfDay * 1000;
    const beforeTransition = wall - offsetBefore;
    const afterTransition = wall - offsetAfter;
    const isValidBefore = beforeTransition < transition;
    const isValidAfter = afterTransition >= transition;
    if (isValidBefore && isValidAfter) return Math.min(beforeTransition, afterTransition);
    if (isValidBefore) return beforeTransition;
    if (isValidAfter) return afterTransition;
    return transition;
  });
}

/** The first whole second after `from` at which the zone's offset differs from its value at `from`. */
function firstOffsetChange(from: EpochMs, to: EpochMs, zone: IANAZone): EpochMs {
  const offsetAtStart = offsetMs(from, zone);
  let low = Math.floor(from / 1000);
  let high = Math.ceil(to / 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMs(middle * 1000, zone) === offsetAtStart) low = middle;
    else high = middle;
  }
  return high * 1000;
}

const zones = new Map<string, IANAZone>();

function zoneOf(timezone: string): IANAZone {
  let zone = zones.get(timezone);
  if (zone === undefined) {
    if (!isValidTimeZone(timezone)) throw new RangeError(`Unknown IANA time zone "${timezone}"`);
    zone = IANAZone.create(timezone);
    zones.set(timezone, zone);
  }
  return zone;
}

function offsetMs(at: EpochMs, zone: IANAZone): number {
  return zone.offset(at) * MINUTE_MS;
}

export function parseCalendarDay(date: string): CalendarDay {
  const match = BIZDATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Expected a date "YYYY-MM-DD", got "${date}"`);
}

function formatCalendarDay(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}
