import { Badge } from "@/components/ui/badge";
import { AlertTriangleIcon, CheckCircleIcon, CircleDashedIcon, LoaderIcon, XCircleIcon } from "@/components/ui/icons";
import type { TConnectState } from "@/lib/contracts/connectivity";
import { CONNECT_STATE_TONES } from "./connect-state-style";
import { CONNECTIVITY_STRINGS as S } from "./connectivity-strings";

const ICONS: Record<TConnectState, typeof CheckCircleIcon> = {
  Connectable: CheckCircleIcon,
  ConfigError: AlertTriangleIcon,
  Unreachable: XCircleIcon,
  Failed: XCircleIcon,
  Unsupport: CircleDashedIcon,
  InProgress: LoaderIcon,
  Deleted: CircleDashedIcon,
};

/** A verdict as a coloured badge with an icon, so it reads without colour too. */
export function ConnectStateBadge({ state, title }: { state: TConnectState; title?: string }) {
  const Icon = ICONS[state];
  return (
    <Badge tone={CONNECT_STATE_TONES[state]} icon={<Icon size={12} />} title={title}>
      {S.states[state]}
    </Badge>
  );
}
