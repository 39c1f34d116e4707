import Link from "next/link";
import type { ReactNode } from "react";
import { formatDuration, formatInstantWithZone } from "@/components/instances/instance-format";
import { formatLocalInstant } from "./format-local-instant";
import type { TInstanceDetail } from "@/lib/contracts/instance-detail";
import { INSTANCE_DETAIL_STRINGS } from "./instance-detail-strings";

const STRINGS = INSTANCE_DETAIL_STRINGS.fields;

export type InstanceFactsProps = { detail: TInstanceDetail; now: number; nodeHref: string; dagHref: string };

function Fact({ label, children, title }: { label: string; children: ReactNode; title?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="truncate text-sm text-fg tabular-nums" title={title}>
        {children}
      </dd>
    </div>
  );
}

/** Every field of the instance; times in the workspace's zone, named in the page header and in each time's tooltip. */
export function InstanceFacts({ detail, now, nodeHref, dagHref }: InstanceFactsProps) {
  const { instance, node, timezone } = detail;
  const time = (iso: string | null) => formatLocalInstant(iso, timezone);
  const zoned = (iso: string | null) => formatInstantWithZone(iso, timezone);
  const start = instance.beginRunningTime ? Date.parse(instance.beginRunningTime) : null;
  const end = instance.finishTime ? Date.parse(instance.finishTime) : instance.status === "RUNNING" ? now : null;
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-2 md:grid-cols-4">
      <Fact label={STRINGS.node}>
        <Link href={nodeHref} className="text-accent hover:underline">
          {instance.nodeName || instance.nodeId}
        </Link>
      </Fact>
      <Fact label={STRINGS.bizdate}>{instance.bizdate}</Fact>
      <Fact label={STRINGS.cycTime} title={zoned(instance.cycTime)}>
        {time(instance.cycTime)}
      </Fact>
      <Fact label={STRINGS.dag}>
        <Link href={dagHref} className="text-accent hover:underline">
          {instance.dagId}
        </Link>{" "}
        <span className="text-xs text-fg-muted">{instance.dagType}</span>
      </Fact>
      <Fact label={STRINGS.started} title={zoned(instance.beginRunningTime)}>
        {time(instance.beginRunningTime)}
      </Fact>
      <Fact label={STRINGS.finished} title={zoned(instance.finishTime)}>
        {time(instance.finishTime)}
      </Fact>
      <Fact label={STRINGS.duration}>{start !== null && end !== null ? formatDuration(end - start) : STRINGS.none}</Fact>
      <Fact label={STRINGS.taskType}>{instance.taskType}</Fact>
      <Fact label={STRINGS.owner}>{instance.owner ?? node?.owner ?? STRINGS.none}</Fact>
      <Fact label={STRINGS.programType}>{instance.programType ?? node?.programType ?? STRINGS.none}</Fact>
      <Fact label={STRINGS.resourceGroup}>{node?.resourceGroup ?? STRINGS.none}</Fact>
      <Fact label={STRINGS.priority}>{instance.priority}</Fact>
      <Fact label={STRINGS.retriesLeft}>{instance.retriesLeft ?? STRINGS.none}</Fact>
      <Fact label={STRINGS.rerunnable}>{instance.isRerunnable ? STRINGS.yes : STRINGS.no}</Fact>
      <Fact label={STRINGS.createUser}>{instance.createUser || STRINGS.none}</Fact>
      <Fact label={STRINGS.baseline}>{instance.baselineId ?? STRINGS.none}</Fact>
      {instance.errorMessage ? (
        <div className="col-span-2 md:col-span-4">
          <dt className="text-xs text-fg-muted">{STRINGS.error}</dt>
          <dd className="font-mono text-xs break-words whitespace-pre-wrap text-danger">{instance.errorMessage}</dd>
        </div>
      ) : null}
    </dl>
  );
}
