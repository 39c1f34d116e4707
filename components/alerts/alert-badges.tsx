import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AlertTriangleIcon, CheckCircleIcon, ClockIcon, XCircleIcon } from "@/components/ui/icons";
import type { TAlertSendStatus } from "@/lib/contracts/alerts";
import { ALERT_STRINGS } from "./alert-strings";

const SEND_STYLES: Record<TAlertSendStatus, { tone: BadgeTone; Icon: typeof CheckCircleIcon }> = {
  READY_TO_SEND: { tone: "info", Icon: ClockIcon },
  SEND_SUCCESS: { tone: "ok", Icon: CheckCircleIcon },
  SEND_FAIL: { tone: "danger", Icon: XCircleIcon },
  SEND_OVERLIMIT: { tone: "warn", Icon: AlertTriangleIcon },
};

/** Delivery status of an alert message as icon + label, with what it means on hover. */
export function SendStatusBadge({ status }: { status: string }) {
  const style = SEND_STYLES[status as TAlertSendStatus] ?? SEND_STYLES.READY_TO_SEND;
  return (
    <Badge tone={style.tone} icon={<style.Icon size={12} />} title={ALERT_STRINGS.sendStatusHint[status as TAlertSendStatus]}>
      {ALERT_STRINGS.sendStatus[status as TAlertSendStatus] ?? status}
    </Badge>
  );
}
