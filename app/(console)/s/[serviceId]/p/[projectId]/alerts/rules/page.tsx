import type { Metadata } from "next";
import { ALERT_STRINGS } from "@/components/alerts/alert-strings";
import { RulesView } from "@/components/alerts/rules-view";

export const metadata: Metadata = { title: ALERT_STRINGS.rules.title };

/** /s/{serviceId}/p/{projectId}/alerts/rules — the custom alert rules (reminds). */
export default function AlertRulesRoute() {
  return <RulesView />;
}
