"use client";

import Link from "next/link";
import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { IconButton } from "@/components/ui/button";
import { ChevronDownIcon, ChevronRightIcon, CheckIcon, CircleDashedIcon, StopIcon, XIcon } from "@/components/ui/icons";
import { TableCell, TableRow } from "@/components/ui/table";
import type { TAuditRecord } from "@/lib/contracts/audit";
import { AUDIT_RESULT_STYLE } from "./audit-result-style";
import { AUDIT_STRINGS } from "./audit-strings";
import { auditTargetHref } from "./audit-target-href";
import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";

const RESULT_ICONS = {
  check: <CheckIcon size={12} />,
  half: <CircleDashedIcon size={12} />,
  cross: <XIcon size={12} />,
  block: <StopIcon size={12} />,
} as const;
/** Targets shown in the row; the rest are in the details. */
const VISIBLE_TARGETS = 3;
export const AUDIT_COLUMN_COUNT = 8;

export type AuditRecordRowProps = { record: TAuditRecord; timeZone: string; isExpanded: boolean; onToggle: () => void };

export function AuditRecordRow({ record, timeZone, isExpanded, onToggle }: AuditRecordRowProps) {
  const style = AUDIT_RESULT_STYLE[record.result];
  const detailsId = `audit-details-${record.id}`;
  const hiddenTargets = record.targetIds.length - VISIBLE_TARGETS;
  return (
    <Fragment>
      <TableRow isActive={false}>
        <TableCell className="w-8 pr-0">
          <IconButton
            size="sm"
            label={isExpanded ? AUDIT_STRINGS.hideDetails : AUDIT_STRINGS.showDetails}
            icon={isExpanded ? <ChevronDownIcon size={14} /> : <ChevronRightIcon size={14} />}
            aria-expanded={isExpanded}
            aria-controls={detailsId}
            onClick={onToggle}
          />
        </TableCell>
        <TableCell isMono>{formatZonedDateTime(record.at, timeZone)}</TableCell>
        <TableCell>{record.actorId === null ? <span className="text-fg-muted italic">{AUDIT_STRINGS.system}</span> : record.actorName}</TableCell>
        <TableCell isMono>{record.action}</TableCell>
        <TableCell>
          <span className="text-fg-muted">{record.targetType}</span>{" "}
          {record.targetIds.slice(0, VISIBLE_TARGETS).map((targetId, index) => {
            const href = auditTargetHref(record, targetId);
            return (
              <Fragment key={targetId}>
                {index > 0 ? ", " : null}
                {href ? (
                  <Link href={href} className="font-mono text-xs text-accent hover:underline">
                    {targetId}
                  </Link>
                ) : (
                  <span className="font-mono text-xs">{targetId}</span>
                )}
              </Fragment>
            );
          })}
          {hiddenTargets > 0 ? <span className="ml-1 text-xs text-fg-muted">{AUDIT_STRINGS.moreTargets(hiddenTargets)}</span> : null}
        </TableCell>
        <TableCell isMono className="text-fg-muted">
          {record.serviceId !== null && record.projectId ? `${record.serviceId} / ${record.projectId}` : "—"}
        </TableCell>
        <TableCell>
          <Badge tone={style.tone} icon={RESULT_ICONS[style.icon]}>
            {AUDIT_STRINGS.results[record.result]}
          </Badge>
        </TableCell>
        <TableCell className="max-w-72 truncate" title={record.reason || undefined}>
          {record.reason || <span className="text-fg-muted">{AUDIT_STRINGS.noReason}</span>}
        </TableCell>
      </TableRow>
      {isExpanded ? (
        <tr id={detailsId}>
          <td colSpan={AUDIT_COLUMN_COUNT} className="bg-surface-muted/50 px-4 py-3">
            <dl className="mb-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-xs">
              <dt className="text-fg-muted">{AUDIT_STRINGS.requestId}</dt>
              <dd className="font-mono select-all">{record.requestId}</dd>
              <dt className="text-fg-muted">{AUDIT_STRINGS.columns.target}</dt>
              <dd className="font-mono break-all">{record.targetIds.join(", ") || "—"}</dd>
              {record.reason ? (
                <>
                  <dt className="text-fg-muted">{AUDIT_STRINGS.columns.reason}</dt>
                  <dd className="whitespace-pre-wrap">{record.reason}</dd>
                </>
              ) : null}
            </dl>
            <pre className="max-h-80 overflow-auto rounded-md border border-border bg-surface p-3 font-mono text-xs whitespace-pre-wrap">{JSON.stringify(record.details, null, 2)}</pre>
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
