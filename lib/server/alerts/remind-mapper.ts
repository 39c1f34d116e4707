import { z } from "zod";
import type { TRemindBody, TRemindDefinition, TRemindDetail, TRemindSummary } from "@/lib/contracts/alerts";
import type { DataWorksParams } from "@/lib/server/upstream/dataworks-client";
import type { TUpstreamRemindDetail, TUpstreamRemindSummary } from "./upstream-schemas";

/** Maps reminds between DataWorks (PascalCase, comma lists, a Detail text per type) and the console. Pure. */

const ZUntilDetail = z.object({ hour: z.coerce.number().int().min(0).max(47), minu: z.coerce.number().int().min(0).max(59) });
const ZCyclesDetail = z.record(z.string(), z.string());

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The Detail text of a remind read for its type; `none` when it is empty or unreadable (the raw text is kept beside). */
export function toRemindDetail(type: string, text: string): TRemindDetail {
  const trimmed = text.trim();
  if (type === "UNFINISHED") {
    const parsed = ZUntilDetail.safeParse(parseJson(trimmed));
    return parsed.success ? { kind: "until", hour: parsed.data.hour, minute: parsed.data.minu } : { kind: "none" };
  }
  if (type === "CYCLE_UNFINISHED") {
    const parsed = ZCyclesDetail.safeParse(parseJson(trimmed));
    return parsed.success ? { kind: "cycles", deadlines: parsed.data } : { kind: "none" };
  }
  if (type === "TIMEOUT") {
    const seconds = Number(trimmed);
    return trimmed !== "" && Number.isInteger(seconds) && seconds > 0 ? { kind: "timeout", seconds } : { kind: "none" };
  }
  return { kind: "none" };
}

/** The Detail text DataWorks expects for a trigger's parameters (undefined: send none). */
export function toDetailText(detail: TRemindDetail): string | undefined {
  switch (detail.kind) {
    case "until":
      return JSON.stringify({ hour: detail.hour, minu: detail.minute });
    case "cycles": {
      const ordered = Object.entries(detail.deadlines).sort(([a], [b]) => Number(a) - Number(b));
      return JSON.stringify(Object.fromEntries(ordered));
    }
    case "timeout":
      return String(detail.seconds);
    case "none":
      return undefined;
  }
}

/** CreateRemind / UpdateRemind parameters of a rule as the console's form sends it; only the unit's own object IDs are sent. */
export function toRemindParams(body: TRemindBody, projectId: string, options: { isUpdate: boolean; hadWebhooks?: boolean }): DataWorksParams {
  const params: DataWorksParams = {
    RemindName: body.name,
    RemindUnit: body.unit,
    RemindType: body.type,
    Detail: toDetailText(body.detail),
    AlertUnit: body.alertUnit,
    AlertMethods: body.alertMethods.join(","),
    AlertTargets: body.alertUnit === "OTHER" ? body.alertTargets.join(",") : undefined,
    DndEnd: body.dndEnd ?? undefined,
    MaxAlertTimes: body.maxAlertTimes,
    AlertInterval: body.alertIntervalSeconds,
  };
  if (body.unit === "NODE") params.NodeIds = body.nodeIds.join(",");
  if (body.unit === "BASELINE") params.BaselineIds = body.baselineIds.join(",");
  if (body.unit === "BIZPROCESS") params.BizProcessIds = body.bizProcessIds.join(",");
  if (body.unit === "PROJECT") params.ProjectId = projectId;
  // The engine's extension: sent only when used (or to clear it), so real DataWorks never sees it.
  if (body.webhooks.length > 0 || options.hadWebhooks) params.Webhooks = body.webhooks.join(",");
  if (body.robotUrls.length > 0) params.RobotUrls = body.robotUrls.join(",");
  // DataWorks clears the robots of a rule with the literal text "undefined".
  else if (options.isUpdate) params.RobotUrls = "undefined";
  if (options.isUpdate) params.UseFlag = body.isEnabled;
  return params;
}

export function toRemindSummary(wire: TUpstreamRemindSummary): TRemindSummary {
  return {
    remindId: wire.RemindId,
    name: wire.RemindName ?? "",
    unit: wire.RemindUnit ?? "NODE",
    type: wire.RemindType ?? "ERROR",
    alertUnit: wire.AlertUnit ?? "OWNER",
    alertTargets: wire.AlertTargets ?? [],
    alertMethods: wire.AlertMethods ?? [],
    nodeIds: wire.NodeIds ?? [],
    baselineIds: wire.BaselineIds ?? [],
    projectIds: wire.ProjectIds ?? [],
    bizProcessIds: wire.BizProcessIds ?? [],
    dndStart: wire.DndStart || null,
    dndEnd: wire.DndEnd || null,
    founder: wire.Founder ?? "",
    isEnabled: wire.Useflag ?? wire.UseFlag ?? true,
    webhooks: wire.Webhooks ?? [],
  };
}

export function toRemindDefinition(wire: TUpstreamRemindDetail): TRemindDefinition {
  const summary = toRemindSummary(wire);
  const nodes = (wire.Nodes ?? []).map((node) => ({ nodeId: node.NodeId, nodeName: node.NodeName ?? "" }));
  const baselines = (wire.Baselines ?? []).map((baseline) => ({ baselineId: baseline.BaselineId, baselineName: baseline.BaselineName ?? "" }));
  return {
    ...summary,
    // GetRemind lists the objects; ListReminds lists their IDs: fill one from the other.
    nodeIds: summary.nodeIds.length ? summary.nodeIds : nodes.map((node) => node.nodeId),
    baselineIds: summary.baselineIds.length ? summary.baselineIds : baselines.map((baseline) => baseline.baselineId),
    projectIds: summary.projectIds.length ? summary.projectIds : (wire.Projects ?? []).map((project) => project.ProjectId),
    bizProcessIds: summary.bizProcessIds.length ? summary.bizProcessIds : (wire.BizProcesses ?? []).map((process) => process.BizId),
    detail: toRemindDetail(summary.type, wire.Detail ?? ""),
    rawDetail: wire.Detail ?? "",
    maxAlertTimes: wire.MaxAlertTimes ?? null,
    alertIntervalSeconds: wire.AlertInterval ?? null,
    robots: (wire.Robots ?? []).filter((robot) => robot.WebUrl).map((robot) => ({ url: robot.WebUrl ?? "", isAtAll: robot.AtAll ?? false })),
    nodes,
    baselines,
  };
}

/** Where an upstream refusal of a remind parameter lands on the console's form. */
export const REMIND_ERROR_FIELDS = {
  fields: {
    RemindName: "name",
    RemindUnit: "unit",
    RemindType: "type",
    NodeIds: "nodeIds",
    BaselineIds: "baselineIds",
    BizProcessIds: "bizProcessIds",
    Detail: "detail",
    AlertUnit: "alertUnit",
    AlertTargets: "alertTargets",
    AlertMethods: "alertMethods",
    RobotUrls: "robotUrls",
    Webhooks: "webhooks",
    DndEnd: "dndEnd",
    MaxAlertTimes: "maxAlertTimes",
    AlertInterval: "alertIntervalSeconds",
    UseFlag: "isEnabled",
  },
  missingAsField: { "Invalid.Wkbench.NodeNotExist": "nodeIds", "Invalid.Wkbench.BaselineNotExist": "baselineIds" },
};
