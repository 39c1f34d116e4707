import type { TCheckService, TCheckServiceKind } from "@/lib/contracts/connectivity";
import { CHECK_SERVICE_KINDS } from "@/lib/contracts/connectivity";

/** Prisma select of exactly the DTO's columns: the sealed secret is never even read for a listing. */
export const CHECK_SERVICE_PUBLIC_SELECT = {
  id: true,
  name: true,
  kind: true,
  endpoint: true,
  region: true,
  cloudProjectId: true,
  accessKeyId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type CheckServiceRow = {
  id: number;
  name: string;
  kind: string;
  endpoint: string;
  region: string;
  cloudProjectId: string;
  accessKeyId: string;
  createdAt: Date;
  updatedAt: Date;
};

export function toCheckServiceKind(kind: string): TCheckServiceKind {
  return (CHECK_SERVICE_KINDS as readonly string[]).includes(kind) ? (kind as TCheckServiceKind) : "dts";
}

export function toCheckServiceDto(row: CheckServiceRow): TCheckService {
  return {
    id: row.id,
    name: row.name,
    kind: toCheckServiceKind(row.kind),
    endpoint: row.endpoint,
    region: row.region,
    cloudProjectId: row.cloudProjectId === "" ? null : row.cloudProjectId,
    accessKeyId: row.accessKeyId,
    hasSecret: true,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
