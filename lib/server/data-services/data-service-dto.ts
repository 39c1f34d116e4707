import type { TDataService } from "@/lib/contracts/data-services";

/** The stored row, as far as the DTO needs it (the ciphertext is deliberately absent). */
export type DataServiceRow = {
  id: number;
  name: string;
  kind: string;
  endpoint: string;
  region: string;
  accessKeyId: string;
  isEmbedded: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastTestedAt: Date | null;
  lastTestStatus: string | null;
  lastTestMessage: string | null;
};

/** The browser's view of a data service: everything but the secret, which it only knows exists. */
export function toDataServiceDto(row: DataServiceRow): TDataService {
  return {
    id: row.id,
    name: row.name,
    kind: "dataworks",
    endpoint: row.endpoint,
    region: row.region,
    accessKeyId: row.accessKeyId,
    hasSecret: true,
    isEmbedded: row.isEmbedded,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastTestedAt: row.lastTestedAt?.toISOString() ?? null,
    lastTestStatus: row.lastTestStatus === "ok" || row.lastTestStatus === "failed" ? row.lastTestStatus : null,
    lastTestMessage: row.lastTestMessage,
  };
}

/** Prisma select of exactly the DTO's columns, so the ciphertext is never even read for a listing. */
export const DATA_SERVICE_PUBLIC_SELECT = {
  id: true,
  name: true,
  kind: true,
  endpoint: true,
  region: true,
  accessKeyId: true,
  isEmbedded: true,
  createdAt: true,
  updatedAt: true,
  lastTestedAt: true,
  lastTestStatus: true,
  lastTestMessage: true,
} as const;
