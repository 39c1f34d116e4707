import Link from "next/link";
import { baselineInstancePath } from "@/components/baselines/baselines-url";
import type { TAlertSubject } from "@/lib/contracts/alerts";

/** What an alert was about, as links: the baseline instance, the rule and its instances, the events or the nodes. */
export function AlertSubject({ subject, base }: { subject: TAlertSubject; base: string }) {
  const parts: React.ReactNode[] = [];
  if (subject.baselineId && subject.bizdate) {
    parts.push(
      <Link key="baseline" href={baselineInstancePath(base, { baselineId: subject.baselineId, bizdate: subject.bizdate, inGroupId: subject.inGroupId ?? 1 })} className="text-accent hover:underline">
        {subject.baselineName || subject.baselineId}
      </Link>,
    );
  }
  if (subject.remindName) parts.push(<span key="remind">{subject.remindName}</span>);
  for (const instance of subject.instances.slice(0, 3)) {
    parts.push(
      <Link key={`i${instance.instanceId}`} href={`${base}/instances/${instance.instanceId}`} className="text-accent hover:underline">
        {instance.nodeName || instance.instanceId}
      </Link>,
    );
  }
  for (const topic of subject.topics.slice(0, 3)) {
    parts.push(
      <Link key={`t${topic.topicId}`} href={`${base}/events/${topic.topicId}`} className="text-accent hover:underline">
        {topic.topicName || topic.topicId}
      </Link>,
    );
  }
  for (const node of subject.nodes.slice(0, 3)) {
    parts.push(
      <Link key={`n${node.nodeId}`} href={`${base}/nodes/${node.nodeId}`} className="text-accent hover:underline">
        {node.nodeName || node.nodeId}
      </Link>,
    );
  }
  if (parts.length === 0) return <span className="text-fg-muted">—</span>;
  return <span className="flex flex-wrap gap-x-2">{parts}</span>;
}
