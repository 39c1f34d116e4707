import { ZRemindBody, type TAlertMethod, type TAlertUnit, type TRemindBodyInput, type TRemindDefinition, type TRemindDetail, type TRemindType, type TRemindUnit } from "@/lib/contracts/alerts";

/** The rule form as typed (all text), and its conversion to the API body with per-field errors. Pure. */
export type TRemindFormState = {
  name: string;
  unit: TRemindUnit;
  nodeIds: string;
  baselineIds: string[];
  bizProcessIds: string;
  type: TRemindType;
  untilTime: string;
  cycles: string;
  timeoutMinutes: string;
  alertUnit: TAlertUnit;
  alertTargets: string;
  alertMethods: TAlertMethod[];
  robotUrls: string;
  webhooks: string;
  dndEnd: string;
  maxAlertTimes: string;
  alertIntervalMinutes: string;
  isEnabled: boolean;
};

export type TRemindFormField = keyof TRemindFormState;

export function emptyRemindForm(): TRemindFormState {
  return {
    name: "",
    unit: "NODE",
    nodeIds: "",
    baselineIds: [],
    bizProcessIds: "",
    type: "ERROR",
    untilTime: "06:00",
    cycles: "",
    timeoutMinutes: "30",
    alertUnit: "OWNER",
    alertTargets: "",
    alertMethods: ["MAIL"],
    robotUrls: "",
    webhooks: "default-webhook",
    dndEnd: "",
    maxAlertTimes: "3",
    alertIntervalMinutes: "30",
    isEnabled: true,
  };
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

/** The form filled from a rule as the API answers it. */
export function remindFormOf(remind: TRemindDefinition): TRemindFormState {
  const empty = emptyRemindForm();
  const detail = remind.detail;
  return {
    ...empty,
    name: remind.name,
    unit: (remind.unit as TRemindUnit) ?? empty.unit,
    nodeIds: remind.nodeIds.join(", "),
    baselineIds: remind.baselineIds,
    bizProcessIds: remind.bizProcessIds.join(", "),
    type: (remind.type as TRemindType) ?? empty.type,
    untilTime: detail.kind === "until" ? hhmm(detail.hour, detail.minute) : empty.untilTime,
    cycles: detail.kind === "cycles" ? Object.entries(detail.deadlines).map(([cycle, time]) => `${cycle}=${time}`).join("\n") : "",
    timeoutMinutes: detail.kind === "timeout" ? String(Math.round(detail.seconds / 60)) : empty.timeoutMinutes,
    alertUnit: (remind.alertUnit as TAlertUnit) ?? empty.alertUnit,
    alertTargets: remind.alertTargets.join(", "),
    alertMethods: remind.alertMethods as TAlertMethod[],
    robotUrls: remind.robots.map((robot) => robot.url).join("\n"),
    webhooks: remind.webhooks.join(", "),
    dndEnd: remind.dndEnd ?? "",
    maxAlertTimes: String(remind.maxAlertTimes ?? 3),
    alertIntervalMinutes: String(Math.round((remind.alertIntervalSeconds ?? 1800) / 60)),
    isEnabled: remind.isEnabled,
  };
}

const splitList = (text: string) => text.split(/[\s,]+/).map((item) => item.trim()).filter(Boolean);
const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

function toDetail(state: TRemindFormState): TRemindDetail {
  switch (state.type) {
    case "UNFINISHED": {
      const match = /^(\d{1,2}):(\d{2})$/.exec(state.untilTime.trim());
      return { kind: "until", hour: match ? Number(match[1]) : Number.NaN, minute: match ? Number(match[2]) : Number.NaN };
    }
    case "CYCLE_UNFINISHED": {
      const deadlines: Record<string, string> = {};
      for (const line of state.cycles.split(/\n|;/).map((item) => item.trim()).filter(Boolean)) {
        const [cycle = "", time = ""] = line.split("=").map((part) => part.trim());
        deadlines[cycle] = time;
      }
      return { kind: "cycles", deadlines };
    }
    case "TIMEOUT":
      return { kind: "timeout", seconds: Math.round(toNumber(state.timeoutMinutes) * 60) };
    default:
      return { kind: "none" };
  }
}

/** Which form field an API issue path belongs to. */
export function formFieldOfIssue(path: string, type: TRemindType): TRemindFormField {
  const head = path.split(".")[0] ?? "";
  if (head === "detail") return type === "UNFINISHED" ? "untilTime" : type === "CYCLE_UNFINISHED" ? "cycles" : "timeoutMinutes";
  if (head === "alertIntervalSeconds") return "alertIntervalMinutes";
  return (head in emptyRemindForm() ? head : "name") as TRemindFormField;
}

/** Per-field minute wording where the form asks for minutes but the API counts seconds. */
function rephrase(field: TRemindFormField, message: string): string {
  if (field === "alertIntervalMinutes" && /1200/.test(message)) return "at least 20 minutes";
  if (field === "timeoutMinutes" && /60 seconds/.test(message)) return "at least 1 minute";
  if (field === "timeoutMinutes" && message.includes("Invalid")) return "a number of minutes";
  if (field === "untilTime" && (message.includes("Invalid") || message.includes("expected number"))) return "hh:mm with hours 0 to 47";
  return message;
}

/** The body to send, or the first error of each field to show. */
export function toRemindBody(state: TRemindFormState): { body: TRemindBodyInput; errors: null } | { body: null; errors: Partial<Record<TRemindFormField, string>> } {
  const input: TRemindBodyInput = {
    name: state.name,
    unit: state.unit,
    nodeIds: state.unit === "NODE" ? splitList(state.nodeIds) : [],
    baselineIds: state.unit === "BASELINE" ? state.baselineIds : [],
    bizProcessIds: state.unit === "BIZPROCESS" ? splitList(state.bizProcessIds) : [],
    type: state.type,
    detail: toDetail(state),
    alertUnit: state.alertUnit,
    alertTargets: state.alertUnit === "OTHER" ? splitList(state.alertTargets) : [],
    alertMethods: state.alertMethods,
    robotUrls: state.alertMethods.includes("DINGROBOTS") ? splitList(state.robotUrls) : [],
    webhooks: state.alertMethods.includes("WEBHOOK") ? splitList(state.webhooks) : [],
    dndEnd: state.dndEnd.trim() === "" ? null : state.dndEnd.trim(),
    maxAlertTimes: toNumber(state.maxAlertTimes),
    alertIntervalSeconds: Math.round(toNumber(state.alertIntervalMinutes) * 60),
    isEnabled: state.isEnabled,
  };
  const parsed = ZRemindBody.safeParse(input);
  if (parsed.success) return { body: input, errors: null };
  const errors: Partial<Record<TRemindFormField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOfIssue(issue.path.map(String).join("."), state.type);
    errors[field] ??= rephrase(field, issue.message);
  }
  return { body: null, errors };
}
