import { statusStyleOf } from "@/components/instances/status-style";
import { Badge } from "@/components/ui/badge";
import { DAG_STRINGS } from "./dag-strings";

/** DAG statuses borrow the instance status shapes: RUNNING, FAILURE, SUCCESS as theirs; CREATED as not yet run. */
const AS_INSTANCE_STATUS: Record<string, string> = { CREATED: "NOT_RUN", RUNNING: "RUNNING", FAILURE: "FAILURE", SUCCESS: "SUCCESS" };

export function DagStatusBadge({ status }: { status: string }) {
  const style = statusStyleOf(AS_INSTANCE_STATUS[status] ?? status);
  return (
    <Badge tone={style.tone} icon={<style.Icon size={12} />}>
      {DAG_STRINGS.dagStatus[status] ?? status}
    </Badge>
  );
}
