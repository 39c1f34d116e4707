import crypto from "node:crypto";
import { z } from "zod";
import type { InstancePosition } from "../../../store/queries/instances/instance-filter";

/**
 * ListInstances' `Cursor` / `NextCursor` (a Nightshift extension): an opaque base64url token that
 * holds the last row's place in list order, the page number it continues with, the total counted
 * on the first page (cursor pages never count again) and a digest of the filters it belongs to.
 */
export type InstanceCursor = {
  position: InstancePosition;
  pageNumber: number;
  totalCount: number;
  isTotalCountCapped: boolean;
  filterDigest: string;
};

const ZCursorPayload = z.strictObject({
  v: z.literal(1),
  d: z.string().regex(/^[0-9a-f]{16}$/),
  b: z.number().int(),
  c: z.number().int(),
  i: z.string().regex(/^\d{1,19}$/),
  n: z.number().int().min(2),
  t: z.number().int().min(0),
  k: z.boolean(),
});

export function encodeInstanceCursor(cursor: InstanceCursor): string {
  const payload: z.infer<typeof ZCursorPayload> = {
    v: 1,
    d: cursor.filterDigest,
    b: cursor.position.bizdate,
    c: cursor.position.cycTime,
    i: cursor.position.id.toString(),
    n: cursor.pageNumber,
    t: cursor.totalCount,
    k: cursor.isTotalCountCapped,
  };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** The cursor, or null when the text is not one this engine wrote. */
export function decodeInstanceCursor(text: string): InstanceCursor | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = ZCursorPayload.safeParse(json);
  if (!parsed.success) return null;
  const payload = parsed.data;
  return {
    position: { bizdate: payload.b, cycTime: payload.c, id: BigInt(payload.i) },
    pageNumber: payload.n,
    totalCount: payload.t,
    isTotalCountCapped: payload.k,
    filterDigest: payload.d,
  };
}

/** A short digest of the filter parameters, so a cursor cannot continue a different listing. */
export function digestInstanceFilters(filters: Record<string, string | undefined>): string {
  const canonical = Object.keys(filters)
    .sort()
    .filter((name) => filters[name] !== undefined)
    .map((name) => [name, filters[name]]);
  return crypto.createHash("sha256").update(JSON.stringify(canonical)).digest("hex").slice(0, 16);
}
