import { DateTime } from "luxon";
import type { EpochMs } from "../model/entities";
import { EngineError, ERROR_CODES } from "../model/errors";

/** DataWorks' built-in scheduling parameters for one cycle instance. */
export type SchedulingParameters = {
  /** Business date, yyyymmdd. */
  bizdate: string;
  /** Cycle time, yyyymmddHHmmss in the workspace's time zone. */
  cyctime: string;
  /** Run date (the cycle time's local date), yyyymmdd. */
  gmtdate: string;
};

// `$$` is matched only so that bash's own pid variable is never read as `$` + a parameter name.
const PARAMETER_REFERENCE = /\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Replaces `${name}` and `$name` for the names in `values`; every other `$` is left for bash. */
export function renderCommand(command: string, values: Record<string, string>): string {
  return command.replace(PARAMETER_REFERENCE, (reference, bracedName?: string, bareName?: string) => {
    const name = bracedName ?? bareName;
    return name !== undefined && Object.hasOwn(values, name) ? (values[name] ?? reference) : reference;
  });
}

export function schedulingParameters(input: { bizdate: string; cycTime: EpochMs; timezone: string }): SchedulingParameters {
  const bizdate = DateTime.fromFormat(input.bizdate, "yyyy-MM-dd", { zone: "UTC" });
  if (!bizdate.isValid) {
    throw new EngineError(ERROR_CODES.invalidParameter, `Invalid bizdate "${input.bizdate}": expected YYYY-MM-DD`);
  }
  const cycleTime = DateTime.fromMillis(input.cycTime, { zone: input.timezone });
  if (!cycleTime.isValid) {
    throw new EngineError(ERROR_CODES.invalidParameter, `Invalid cycle time ${input.cycTime} in time zone "${input.timezone}"`);
  }
  return {
    bizdate: bizdate.toFormat("yyyyMMdd"),
    cyctime: cycleTime.toFormat("yyyyMMddHHmmss"),
    gmtdate: cycleTime.toFormat("yyyyMMdd"),
  };
}

/**
 * Parses a node's ParamValues ("a=1 b=$bizdate"): whitespace-separated name=value pairs, split on
 * the first "=". A malformed or repeated pair is rejected with an error naming it.
 */
export function parseParamValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of text.split(/\s+/).filter((part) => part !== "")) {
    const separator = pair.indexOf("=");
    const name = pair.slice(0, Math.max(separator, 0));
    if (separator < 0 || !PARAMETER_NAME.test(name)) {
      throw new EngineError(ERROR_CODES.invalidParameter, `Malformed parameter "${pair}" in ParamValues: expected name=value`);
    }
    if (Object.hasOwn(values, name)) {
      throw new EngineError(ERROR_CODES.invalidParameter, `Parameter "${name}" is given twice in ParamValues`);
    }
    values[name] = pair.slice(separator + 1);
  }
  return values;
}

/**
 * The values a task's command is rendered with: the scheduling parameters, plus the node's own
 * ParamValues with scheduling parameters substituted into them ("day=$bizdate" → "day=20240501").
 */
export function resolveTaskParameters(paramValues: string, scheduling: SchedulingParameters): Record<string, string> {
  const values: Record<string, string> = { ...scheduling };
  for (const [name, value] of Object.entries(parseParamValues(paramValues))) {
    values[name] = renderCommand(value, scheduling);
  }
  return values;
}
