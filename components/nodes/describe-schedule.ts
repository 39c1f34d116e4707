import type { TCronSchedule } from "@/lib/contracts/nodes";

/** A node's schedule in words ("Every day at 01:10", "Every 30 minutes from 08:00 to 11:30"). Pure. */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (value: number) => String(value).padStart(2, "0");

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The common step of an ascending list, or null when it is not evenly spaced. */
function stepOf(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const step = values[1]! - values[0]!;
  return values.every((value, index) => index === 0 || value - values[index - 1]! === step) ? step : null;
}

function timeOfDay(schedule: Extract<TCronSchedule, { isParsed: true }>): string {
  const hour = schedule.hours[0] ?? 0;
  const minute = schedule.minutes[0] ?? 0;
  return `${pad(hour)}:${pad(minute)}${schedule.second ? `:${pad(schedule.second)}` : ""}`;
}

function dayPart(schedule: Extract<TCronSchedule, { isParsed: true }>): string {
  if (schedule.daysOfWeek) return `every ${joinWords(schedule.daysOfWeek.map((day) => WEEKDAYS[day - 1] ?? String(day)))}`;
  if (schedule.daysOfMonth || schedule.isLastDayOfMonth) {
    const days = [...(schedule.daysOfMonth ?? []).map(String), ...(schedule.isLastDayOfMonth ? ["the last day"] : [])];
    const months = schedule.months ? joinWords(schedule.months.map((month) => MONTHS[month - 1] ?? String(month))) : "every month";
    return `on day ${joinWords(days)} of ${months}`.replace("on day the last day", "on the last day");
  }
  return "every day";
}

export function describeSchedule(schedule: TCronSchedule): string {
  if (!schedule.isParsed) return `Cron ${schedule.expression || "(none)"}: ${schedule.problem}`;
  const days = dayPart(schedule);
  const capitalised = days.charAt(0).toUpperCase() + days.slice(1);
  switch (schedule.cycle) {
    case "MINUTE": {
      const step = stepOf(schedule.minutes);
      const first = `${pad(schedule.hours[0] ?? 0)}:${pad(schedule.minutes[0] ?? 0)}`;
      const last = `${pad(schedule.hours.at(-1) ?? 0)}:${pad(schedule.minutes.at(-1) ?? 0)}`;
      const cadence = step ? `Every ${step} minutes` : `At minutes ${schedule.minutes.map(pad).join(", ")} of each hour`;
      return `${cadence} from ${first} to ${last}, ${days}`;
    }
    case "HOUR": {
      const step = stepOf(schedule.hours);
      const minute = `:${pad(schedule.minutes[0] ?? 0)}`;
      const first = `${pad(schedule.hours[0] ?? 0)}${minute}`;
      const last = `${pad(schedule.hours.at(-1) ?? 0)}${minute}`;
      if (step === 1) return `Every hour at ${minute}, ${first} to ${last}, ${days}`;
      if (step) return `Every ${step} hours at ${minute}, ${first} to ${last}, ${days}`;
      return `At ${schedule.hours.map((hour) => `${pad(hour)}${minute}`).join(", ")}, ${days}`;
    }
    default:
      return `${capitalised} at ${timeOfDay(schedule)}`;
  }
}
