import { z } from "zod";
import { zRowId } from "./common";

/**
 * Data services: the DataWorks-compatible endpoints the console reads from and acts on. The
 * AccessKey secret goes in (create, update) but never comes out: responses say `hasSecret`.
 */

export const ZDataServiceIdParams = z.object({ serviceId: zRowId });
export type TDataServiceIdParams = z.infer<typeof ZDataServiceIdParams>;

export const DATA_SERVICE_TEST_STATUSES = ["ok", "failed"] as const;
export const ZDataServiceTestStatus = z.enum(DATA_SERVICE_TEST_STATUSES);

export const ZDataService = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.literal("dataworks"),
  endpoint: z.string(),
  region: z.string(),
  accessKeyId: z.string(),
  hasSecret: z.literal(true),
  isEmbedded: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lastTestedAt: z.iso.datetime().nullable(),
  lastTestStatus: ZDataServiceTestStatus.nullable(),
  lastTestMessage: z.string().nullable(),
});
export type TDataService = z.infer<typeof ZDataService>;

export const ZDataServiceList = z.object({ items: z.array(ZDataService) });
export type TDataServiceList = z.infer<typeof ZDataServiceList>;

/** A real DataWorks endpoint: `https://dataworks.<region>.aliyuncs.com` (a hint, not a rule). */
export const DATAWORKS_ENDPOINT_PATTERN = /^https:\/\/dataworks(-vpc)?\.([a-z0-9-]+)\.aliyuncs\.com\/?$/;

/** The region a DataWorks endpoint names, or null when the endpoint does not look like one. */
export function regionOfDataWorksEndpoint(endpoint: string): string | null {
  return DATAWORKS_ENDPOINT_PATTERN.exec(endpoint.trim())?.[2] ?? null;
}

/** An advisory line about an endpoint/region pair, or null when nothing looks off. */
export function describeEndpointHint(endpoint: string, region: string): string | null {
  const named = regionOfDataWorksEndpoint(endpoint);
  if (named !== null) return named === region.trim() ? null : `The endpoint names region ${named}, but the region is ${region.trim() || "empty"}.`;
  if (/aliyuncs\.com/i.test(endpoint)) return "Alibaba Cloud DataWorks endpoints look like https://dataworks.<region>.aliyuncs.com.";
  return null;
}

const ZName = z.string().trim().min(1, "enter a name").max(64, "at most 64 characters");
const ZEndpoint = z
  .string()
  .trim()
  .min(1, { message: "enter the endpoint URL", abort: true })
  .max(300, "at most 300 characters")
  .pipe(z.url({ protocol: /^https?$/, message: "must be an http:// or https:// URL" }))
  .refine((value) => {
    if (!URL.canParse(value)) return true; // already reported by the url check
    const url = new URL(value);
    return url.username === "" && url.password === "" && url.search === "" && url.hash === "" && (url.pathname === "/" || url.pathname === "");
  }, "only scheme, host and port (no path, query or credentials)")
  .transform((value) => value.replace(/\/+$/, ""));
const ZRegion = z
  .string()
  .trim()
  .min(1, { message: "enter the region (e.g. cn-shanghai)", abort: true })
  .max(64, "at most 64 characters")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes, e.g. cn-shanghai");
const ZAccessKeyId = z.string().trim().min(1, "enter the AccessKey ID").max(128, "at most 128 characters").regex(/^\S+$/, "no spaces");
/** Not trimmed: a secret is taken exactly as pasted, except that surrounding whitespace is refused. */
const ZAccessKeySecret = z.string().min(1, "enter the AccessKey secret").max(256, "at most 256 characters").regex(/^\S+$/, "no spaces");

export const ZCreateDataServiceBody = z
  .object({ name: ZName, endpoint: ZEndpoint, region: ZRegion, accessKeyId: ZAccessKeyId, accessKeySecret: ZAccessKeySecret })
  .strict();
export type TCreateDataServiceBody = z.input<typeof ZCreateDataServiceBody>;

/** Every field optional; an omitted secret keeps the stored one. */
export const ZUpdateDataServiceBody = z
  .object({
    name: ZName.optional(),
    endpoint: ZEndpoint.optional(),
    region: ZRegion.optional(),
    accessKeyId: ZAccessKeyId.optional(),
    accessKeySecret: ZAccessKeySecret.optional(),
  })
  .strict();
export type TUpdateDataServiceBody = z.input<typeof ZUpdateDataServiceBody>;

export const DATA_SERVICE_TEST_STEPS = ["reachable", "signature", "projects"] as const;
export const ZDataServiceTestStep = z.object({
  step: z.enum(DATA_SERVICE_TEST_STEPS),
  status: z.enum(["ok", "failed", "skipped"]),
  detail: z.string(),
});
export type TDataServiceTestStep = z.infer<typeof ZDataServiceTestStep>;

/** What the embedded engine says about itself on /healthz (only for the embedded service). */
export const ZEngineHealthSummary = z.object({
  state: z.enum(["up", "unhealthy", "down"]),
  message: z.string().nullable(),
  engineId: z.string().nullable(),
  version: z.string().nullable(),
  dialect: z.string().nullable(),
  uptimeSeconds: z.number().nullable(),
  instancesByStatus: z.record(z.string(), z.number()).nullable(),
  otherFacts: z.array(z.object({ name: z.string(), value: z.string() })),
});
export type TEngineHealthSummary = z.infer<typeof ZEngineHealthSummary>;

export const ZDataServiceTestResult = z.object({
  serviceId: z.number().int(),
  status: ZDataServiceTestStatus,
  checkedAt: z.iso.datetime(),
  latencyMs: z.number().int().nonnegative(),
  projectCount: z.number().int().nonnegative().nullable(),
  steps: z.array(ZDataServiceTestStep),
  /** The console's error code and message when a step failed. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  engine: ZEngineHealthSummary.nullable(),
});
export type TDataServiceTestResult = z.infer<typeof ZDataServiceTestResult>;
