"use client";

import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { TDataSource, TDataSourceType } from "@/lib/contracts/connectivity";
import { DATA_SOURCE_TYPES } from "@/lib/contracts/connectivity";
import { ConnectStateBadge } from "./connect-state-badge";
import { CONNECTIVITY_STRINGS as S } from "./connectivity-strings";
import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";
import { formatAgo } from "./format-time";

/** Where a data source points, in one line (never a secret: the DTO has none). */
export function describeTarget(dataSource: TDataSource): string {
  const { connection } = dataSource;
  return connection.jdbcUrl ?? connection.url ?? (connection.addresses.length > 0 ? connection.addresses.join(", ") : "—");
}

function typeLabel(type: string): string {
  return (DATA_SOURCE_TYPES as readonly string[]).includes(type) ? S.types[type as TDataSourceType] : type;
}

export type DataSourceTableProps = {
  items: readonly TDataSource[];
  timezone: string;
  now: number;
  canTest: boolean;
  canEdit: boolean;
  testingId: string | null;
  onTest: (dataSource: TDataSource) => void;
  onHistory: (dataSource: TDataSource) => void;
  onEdit: (dataSource: TDataSource) => void;
  onDelete: (dataSource: TDataSource) => void;
};

export function DataSourceTable({ items, timezone, now, canTest, canEdit, testingId, onTest, onHistory, onEdit, onDelete }: DataSourceTableProps) {
  return (
    <Table label={S.table.label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{S.table.name}</TableHeaderCell>
          <TableHeaderCell>{S.table.target}</TableHeaderCell>
          <TableHeaderCell>{S.table.lastResult}</TableHeaderCell>
          <TableHeaderCell className="text-right">{S.table.actions}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((dataSource) => (
          <TableRow key={dataSource.dataSourceId} data-data-source={dataSource.name}>
            <TableCell>
              <div className="font-medium">{dataSource.name}</div>
              <div className="max-w-72 truncate text-xs text-fg-muted" title={dataSource.description || undefined}>
                {dataSource.envType === 1 ? S.table.production : S.table.development}
                {dataSource.hasPassword ? ` · ${S.table.passwordStored}` : ""}
                {dataSource.description ? ` · ${dataSource.description}` : ""}
              </div>
            </TableCell>
            <TableCell className="max-w-64">
              <div>{typeLabel(dataSource.type)}</div>
              <div className="truncate font-mono text-xs text-fg-muted" title={describeTarget(dataSource)}>
                {describeTarget(dataSource)}
              </div>
            </TableCell>
            <TableCell>
              {dataSource.lastResult ? (
                <div className="flex flex-col items-start gap-0.5">
                  <ConnectStateBadge state={dataSource.lastResult.state} />
                  <time className="text-xs text-fg-muted" dateTime={dataSource.lastResult.testedAt} title={`${formatZonedDateTime(dataSource.lastResult.testedAt, timezone)} ${timezone}`}>
                    {formatAgo(dataSource.lastResult.testedAt, now)}
                  </time>
                </div>
              ) : (
                <span className="text-xs text-fg-muted">{S.table.never}</span>
              )}
            </TableCell>
            <TableCell>
              <div className="flex justify-end gap-1">
                {canTest ? (
                  <Button size="sm" onClick={() => onTest(dataSource)} isLoading={testingId === dataSource.dataSourceId} aria-label={`${S.table.test} ${dataSource.name}`}>
                    {testingId === dataSource.dataSourceId ? S.table.testing : S.table.test}
                  </Button>
                ) : null}
                <Button size="sm" variant="ghost" onClick={() => onHistory(dataSource)} aria-label={`${S.table.history} ${dataSource.name}`}>
                  {S.table.history}
                </Button>
                {canEdit ? (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => onEdit(dataSource)} aria-label={`${S.table.edit} ${dataSource.name}`}>
                      {S.table.edit}
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => onDelete(dataSource)} aria-label={`${S.table.delete} ${dataSource.name}`}>
                      {S.table.delete}
                    </Button>
                  </>
                ) : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
