import { z } from "zod";
import { EngineError } from "../../../model/errors";
import { BASELINE_PRIORITIES, BASELINE_TYPES, expDetailOf, minutesOfHhMm, parseBaselineStatus, type BaselineConfig, type BaselineStatus, type BaselineType } from "../../../monitor/baselines/baseline-config";
import type { Database } from "../../../store/database";
import type { BaselineInstanceRecord } from "../../../store/queries/monitor/baseline-instances";
import { findBaselineById } from "../../../store/queries/monitor/baselines";

/** The spec's error codes for baselines and topics (HTTP 500, as the spec's tables give them). */
export const MONITOR_ERROR_CODES = {
  baselineNotExist: "Invalid.Wkbench.BaselineNotExist",
  baselineStatusNotExist: "Invalid.Wkbench.BaselineStatusNotExist",
  topicNotExist: "Invalid.Wkbench.TopicNotExist",
  parameter: "Invalid.Wkbench.Parameter",
} as const;

export async function getBaselineOrThrow(db: Database, baselineId: bigint): Promise<BaselineConfig> {
  const baseline = await findBaselineById(db, baselineId);
  if (!baseline) throw new EngineError(MONITOR_ERROR_CODES.baselineNotExist, `The baseline does not exist: ${String(baselineId)}.`, 500);
  return baseline;
}

export function baselineStatusNotExist(): EngineError {
  return new EngineError(MONITOR_ERROR_CODES.baselineStatusNotExist, "The BaselineStatus does not exist.", 500);
}

function commaList<T extends string | number>(allowed: readonly T[], parse: (item: string) => T | null, expected: string) {
  return z.string({ error: expected }).transform((text, context) => {
    const items = text.split(",").map((item) => item.trim()).filter((item) => item !== "");
    const parsed = items.map(parse);
    if (items.length === 0 || parsed.some((item) => item === null || !allowed.includes(item))) context.addIssue(expected);
    return [...new Set(parsed.filter((item): item is T => item !== null))];
  });
}

export const zPriorityList = commaList<number>(BASELINE_PRIORITIES, (item) => (/^\d+$/.test(item) ? Number(item) : null), "expected comma-separated priorities from 1, 3, 5, 7, 8");
export const zBaselineTypeList = commaList<BaselineType>(BASELINE_TYPES, (item) => item.toUpperCase() as BaselineType, "expected comma-separated baseline types: DAILY, HOURLY");
/** DANGEROUS is accepted as an input alias of the wire's DANGROUS. */
export const zBaselineStatusList = commaList<BaselineStatus>(["SAFE", "DANGROUS", "OVER", "ERROR"], parseBaselineStatus, "expected comma-separated statuses: SAFE, DANGROUS (or DANGEROUS), OVER, ERROR");
export const zFinishStatusList = commaList<"FINISH" | "UNFINISH">(["FINISH", "UNFINISH"], (item) => item.toUpperCase() as "FINISH", "expected comma-separated finish statuses: FINISH, UNFINISH");

function hourAndMinute(text: string | undefined): { hour: number | null; minute: number | null } {
  const minutes = text === undefined ? null : minutesOfHhMm(text);
  return minutes === null ? { hour: null, minute: null } : { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

/** GetBaselineConfig's Data / ListBaselineConfigs' Baselines[]: DAILY fills the Sla and Exp hours and minutes, HOURLY the JSON details. */
export function toBaselineConfigWire(baseline: BaselineConfig) {
  const expDetail = expDetailOf(baseline);
  const isDaily = baseline.baselineType === "DAILY";
  const sla = hourAndMinute(isDaily ? baseline.slaDetail["1"] : undefined);
  const exp = hourAndMinute(isDaily ? expDetail["1"] : undefined);
  return {
    BaselineId: baseline.id,
    BaselineName: baseline.name,
    BaselineType: baseline.baselineType,
    ProjectId: baseline.projectId,
    Owner: baseline.owners.join(","),
    Priority: baseline.priority,
    IsDefault: baseline.isDefault,
    UseFlag: baseline.useFlag,
    SlaHour: sla.hour,
    SlaMinu: sla.minute,
    ExpHour: exp.hour,
    ExpMinu: exp.minute,
    HourSlaDetail: isDaily ? "" : JSON.stringify(baseline.slaDetail),
    HourExpDetail: isDaily ? "" : JSON.stringify(expDetail),
  };
}

/** ListBaselineStatuses' BaselineStatuses[] (and the shared part of GetBaselineStatus). */
export function toBaselineStatusWire(record: BaselineInstanceRecord, baseline: BaselineConfig) {
  const isFinished = record.finishStatus === "FINISH";
  return {
    BaselineId: record.baselineId,
    BaselineName: baseline.name,
    Bizdate: record.bizdate,
    Buffer: record.buffer,
    EndCast: record.endCast,
    ExpTime: record.expTime,
    FinishStatus: record.finishStatus,
    ...(isFinished ? { FinishTime: record.finishTime } : {}),
    InGroupId: record.inGroupId,
    Owner: baseline.owners.join(","),
    Priority: baseline.priority,
    ProjectId: record.projectId,
    SlaTime: record.slaTime,
    Status: record.status,
  };
}
