"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { BaselineStatusBadge } from "@/components/baselines/baseline-status-badge";
import { formatBuffer } from "@/components/baselines/baseline-time";
import { baselineInstancePath } from "@/components/baselines/baselines-url";
import { formatInstantWithZone } from "@/components/instances/instance-format";
import { ReasonField } from "@/components/nodes/reason-field";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { ChevronLeftIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useMe } from "@/lib/client/auth/use-me";
import { useTopic } from "@/lib/client/topics/use-topic";
import { useTopicAction } from "@/lib/client/topics/use-topic-action";
import { TOPIC_ACTION_STATUS, TOPIC_ACTIONS, type TTopicAction, type TTopicDetail } from "@/lib/contracts/topics";
import { EVENT_STRINGS } from "./event-strings";
import { TopicStatusBadge, TopicTypeBadge } from "./topic-badges";

const STRINGS = EVENT_STRINGS.detail;

/**
 * /s/…/events/{topicId}: one event — what happened to which instance, who handled it last and
 * what they wrote, the baselines it threatens (worst buffer first), and the handling actions:
 * mark being fixed, ignore, mark handled, each with a required note (operators; audited).
 */
export function EventDetailView({ topicId }: { topicId: string }) {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const topic = useTopic(workspaceRef, topicId);
  const back = (
    <Link href={`${base}/events`} className="inline-flex items-center gap-1 text-sm text-accent hover:underline">
      <ChevronLeftIcon size={14} /> {STRINGS.back}
    </Link>
  );
  if (topic.isPending) return <Skeleton className="h-96 w-full" />;
  if (topic.isError && !topic.data) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        <ErrorState title={STRINGS.loadFailed} whatToDo={EVENT_STRINGS.loadFailedWhatToDo} message={topic.error.message} onRetry={() => void topic.refetch()} />
      </div>
    );
  }
  return <EventDetail topic={topic.data} base={base} back={back} workspace={workspaceRef} />;
}

function EventDetail({ topic, base, back, workspace }: { topic: TTopicDetail; base: string; back: React.ReactNode; workspace: { serviceId: number; projectId: string } }) {
  const me = useMe();
  const canAct = me.can("operator");
  const mutation = useTopicAction(workspace, topic.topicId);
  const [action, setAction] = useState<TTopicAction | null>(null);
  const [note, setNote] = useState("");
  const [isNoteTouched, setNoteTouched] = useState(false);
  const { timezone } = topic;
  const when = (iso: string | null) => formatInstantWithZone(iso, timezone);
  const facts: [string, React.ReactNode][] = [
    [STRINGS.facts.type, <TopicTypeBadge key="type" type={topic.topicType} />],
    [STRINGS.facts.status, <TopicStatusBadge key="status" status={topic.topicStatus} />],
    [STRINGS.facts.node, topic.nodeId ? <Link key="node" href={`${base}/nodes/${topic.nodeId}`} className="text-accent hover:underline">{topic.nodeName || topic.nodeId}</Link> : topic.nodeName || "—"],
    [STRINGS.facts.instance, topic.instanceId ? <Link key="instance" href={`${base}/instances/${topic.instanceId}`} className="text-accent hover:underline">{topic.instanceId}</Link> : "—"],
    [STRINGS.facts.owner, topic.owner || topic.nodeOwner || "—"],
    [STRINGS.facts.happened, when(topic.happenTime)],
    [STRINGS.facts.discovered, when(topic.addTime)],
    [STRINGS.facts.recovered, when(topic.fixTime)],
    [STRINGS.facts.buffer, formatBuffer(topic.bufferSeconds)],
    [STRINGS.facts.nextAlert, when(topic.nextAlertTime)],
    [STRINGS.facts.lastHandled, topic.dealUser ? STRINGS.handledBy(topic.dealUser, when(topic.dealTime)) : "—"],
  ];
  const open = (next: TTopicAction) => {
    setAction(next);
    setNote("");
    setNoteTouched(false);
  };
  const confirm = () => {
    if (!action) return;
    if (note.trim() === "") {
      setNoteTouched(true);
      return;
    }
    mutation.mutate({ action, note: note.trim() }, { onSuccess: () => setAction(null) });
  };
  return (
    <div className="flex flex-col gap-4">
      {back}
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-lg font-semibold text-fg">{topic.topicName || topic.topicId}</h1>
          <TopicStatusBadge status={topic.topicStatus} />
        </div>
        <div role="toolbar" aria-label="Handle the event" className="flex flex-wrap gap-1.5">
          {TOPIC_ACTIONS.map((item) => {
            const isCurrent = topic.topicStatus === TOPIC_ACTION_STATUS[item];
            return (
              <Button key={item} size="sm" variant="secondary" disabled={!canAct || isCurrent} title={!canAct ? STRINGS.viewerHint : isCurrent ? STRINGS.alreadyStatus : STRINGS.actionHint[item]} onClick={() => open(item)}>
                {STRINGS.actions[item]}
              </Button>
            );
          })}
        </div>
      </header>
      <dl className="grid grid-cols-2 gap-3 rounded-md border border-border bg-surface p-3 text-sm sm:grid-cols-3 lg:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-fg-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {topic.dealNote ? (
        <blockquote className="rounded-md border-l-4 border-accent bg-surface-muted px-3 py-2 text-sm">
          <span className="text-xs text-fg-muted">{STRINGS.note}: </span>
          {topic.dealNote}
        </blockquote>
      ) : null}
      <section aria-labelledby="influences-heading" className="flex flex-col gap-2">
        <h2 id="influences-heading" className="text-sm font-semibold text-fg">
          {STRINGS.influences}
        </h2>
        {topic.influences.length === 0 ? (
          <p className="text-sm text-fg-muted">{STRINGS.influencesNone}</p>
        ) : (
          <Table label={STRINGS.influences}>
            <TableHead>
              <tr>
                <TableHeaderCell>{STRINGS.influenceColumns.baseline}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.influenceColumns.bizdate}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.influenceColumns.status}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.influenceColumns.buffer}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.influenceColumns.owner}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {topic.influences.map((influence) => (
                <TableRow key={`${influence.baselineId}:${influence.bizdate}:${influence.inGroupId}`}>
                  <TableCell>
                    {influence.bizdate ? (
                      <Link href={baselineInstancePath(base, { baselineId: influence.baselineId, bizdate: influence.bizdate, inGroupId: influence.inGroupId })} className="font-medium text-accent hover:underline">
                        {influence.baselineName || influence.baselineId}
                      </Link>
                    ) : (
                      influence.baselineName
                    )}
                  </TableCell>
                  <TableCell isMono>{influence.bizdate ?? "—"}</TableCell>
                  <TableCell>
                    <BaselineStatusBadge status={influence.status} />
                  </TableCell>
                  <TableCell align="right" isMono>
                    {formatBuffer(influence.bufferSeconds)}
                  </TableCell>
                  <TableCell>{influence.owner || "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <ConfirmDialog
        open={action !== null}
        onClose={() => setAction(null)}
        onConfirm={confirm}
        title={action ? STRINGS.confirmTitle(STRINGS.actions[action]) : ""}
        confirmLabel={STRINGS.confirm}
        cancelLabel={STRINGS.cancel}
        isPending={mutation.isPending}
        canConfirm={note.trim() !== ""}
      >
        {action ? <p className="mb-2 text-sm text-fg-muted">{STRINGS.actionHint[action]}</p> : null}
        <ReasonField value={note} onChange={(value) => { setNote(value); setNoteTouched(true); }} label={STRINGS.note} placeholder={STRINGS.notePlaceholder} error={isNoteTouched && note.trim() === "" ? STRINGS.noteRequired : undefined} />
        {mutation.isError ? <p className="mt-2 text-sm text-danger">{mutation.error.message}</p> : null}
      </ConfirmDialog>
    </div>
  );
}
