import { z } from "zod";
import { zId, zRowId } from "./common";

/**
 * Connectivity: data sources, resource groups, connection tests and the checks of other cloud
 * services (DTS, DLI, DRS), all answered in one result model so that the console shows them alike.
 * Secrets (passwords, AccessKey secrets) go in and never come out: responses say `hasPassword`/`hasSecret`.
 */

// ─── The unified result model ──────────────────────────────────────────────────────────────────

/**
 * The verdict of a target or a run. The first four are DataWorks' ConnectState values; the rest
 * cover what other providers report: Failed (ran and failed, cause not classified), InProgress
 * (DLI CREATING), Deleted (DLI DELETED). Unsupport also stands for "the test could not run".
 */
export const CONNECT_STATES = ["Connectable", "ConfigError", "Unreachable", "Unsupport", "Failed", "InProgress", "Deleted"] as const;
export const ZConnectState = z.enum(CONNECT_STATES);
export type TConnectState = z.infer<typeof ZConnectState>;

export const STEP_OUTCOMES = ["passed", "failed", "running", "skipped", "unknown"] as const;
export const ZStepOutcome = z.enum(STEP_OUTCOMES);
export type TStepOutcome = z.infer<typeof ZStepOutcome>;

export const CONNECTIVITY_PROVIDERS = [
  "dataworks.TestDataSourceConnectivity",
  "dataworks.TestNetworkConnection",
  "dts.DescribeConnectionStatus",
  "dli.QueryDatasourceConnection",
  "drs.BatchTestConnections",
] as const;
export const ZConnectivityProvider = z.enum(CONNECTIVITY_PROVIDERS);
export type TConnectivityProvider = z.infer<typeof ZConnectivityProvider>;

export const ZConnectivityStep = z.object({
  seq: z.number().int().nonnegative(),
  /** Provider code, or a console constant for synthetic steps (dli.queue_connection, drs.connection_test…). */
  code: z.string().nullable(),
  name: z.string(),
  startTime: z.iso.datetime().nullable(),
  endTime: z.iso.datetime().nullable(),
  durationMs: z.number().int().nonnegative().nullable(),
  outcome: ZStepOutcome,
  message: z.string().nullable(),
  /** What to check when this step failed (provider advice, or the console's own hint). */
  advice: z.string().nullable(),
  /** The provider returned no steps; the console made this one up from the verdict. */
  synthetic: z.boolean(),
  /** The outcome was inferred by the console (the provider gives none per step). */
  inferred: z.boolean(),
});
export type TConnectivityStep = z.infer<typeof ZConnectivityStep>;

export const TARGET_ROLES = ["datasource", "source", "destination", "connection"] as const;
export const ZConnectivityTarget = z.object({
  key: z.string(),
  role: z.enum(TARGET_ROLES),
  /** What was tested. */
  label: z.string(),
  /** Where the test ran from: a resource group, "DTS", a DLI queue, a DRS task. */
  via: z.string().nullable(),
  state: ZConnectState,
  /** The provider's own verdict as it said it ("ConfigError", "connectRes=false", "FAILED"). */
  providerState: z.string().nullable(),
  message: z.string().nullable(),
  errorCode: z.string().nullable(),
  advice: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
  steps: z.array(ZConnectivityStep),
});
export type TConnectivityTarget = z.infer<typeof ZConnectivityTarget>;

export const ZConnectivityAdvice = z.object({
  source: z.enum(["provider", "console"]),
  targetKey: z.string().nullable(),
  text: z.string(),
});
export type TConnectivityAdvice = z.infer<typeof ZConnectivityAdvice>;

export const ZConnectivityRun = z.object({
  provider: ZConnectivityProvider,
  /** The provider's request id where its answer has one. */
  runId: z.string().nullable(),
  requestedAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
  state: ZConnectState,
  message: z.string().nullable(),
  advice: z.array(ZConnectivityAdvice),
  /** 0..1 while a DLI connection is being created. */
  progress: z.number().min(0).max(1).nullable(),
  /** The call itself failed (answered, but not with a result). */
  apiError: z.object({ httpStatus: z.number().int().nullable(), code: z.string().nullable(), message: z.string().nullable() }).nullable(),
  /** Provider facts without a unified slot, shown as they are. */
  extra: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  targets: z.array(ZConnectivityTarget),
});
export type TConnectivityRun = z.infer<typeof ZConnectivityRun>;

// ─── Data sources and resource groups (DataWorks over the workspace's data service) ───────────────

export const ZConnectivityParams = z.object({ serviceId: zRowId, projectId: zId });
export type TConnectivityParams = z.infer<typeof ZConnectivityParams>;
export const ZDataSourceParams = ZConnectivityParams.extend({ dataSourceId: zId });
export type TDataSourceParams = z.infer<typeof ZDataSourceParams>;

/** The types the console's form knows; others listed by the data service are shown read-only. */
export const DATA_SOURCE_TYPES = ["mysql", "postgresql", "sqlserver", "oracle", "redis", "kafka", "mongodb", "http"] as const;
export const ZDataSourceType = z.enum(DATA_SOURCE_TYPES);
export type TDataSourceType = z.infer<typeof ZDataSourceType>;
export const JDBC_DATA_SOURCE_TYPES = ["mysql", "postgresql", "sqlserver", "oracle"] as const satisfies readonly TDataSourceType[];

/** The connection details the browser may see: every `Content` key except secrets, which are only flagged. */
export const ZDataSourceConnection = z.object({
  jdbcUrl: z.string().nullable(),
  username: z.string().nullable(),
  /** Host:port list for redis, kafka, mongodb. */
  addresses: z.array(z.string()),
  database: z.string().nullable(),
  url: z.string().nullable(),
  /** Other non-secret keys, as strings. */
  other: z.record(z.string(), z.string()),
});
export type TDataSourceConnection = z.infer<typeof ZDataSourceConnection>;

export const ZLastConnectivityResult = z.object({
  state: ZConnectState,
  testedAt: z.iso.datetime(),
  resourceGroup: z.string().nullable(),
  message: z.string().nullable(),
});
export type TLastConnectivityResult = z.infer<typeof ZLastConnectivityResult>;

export const ZDataSource = z.object({
  dataSourceId: z.string(),
  name: z.string(),
  type: z.string(),
  subType: z.string().nullable(),
  description: z.string(),
  envType: z.union([z.literal(0), z.literal(1)]),
  status: z.enum(["enabled", "disabled"]),
  connection: ZDataSourceConnection,
  hasPassword: z.boolean(),
  modifiedAt: z.string().nullable(),
  lastResult: ZLastConnectivityResult.nullable(),
});
export type TDataSource = z.infer<typeof ZDataSource>;
export const ZDataSourceList = z.object({ items: z.array(ZDataSource), totalCount: z.number().int().nonnegative() });
export type TDataSourceList = z.infer<typeof ZDataSourceList>;

export const ZResourceGroup = z.object({
  resourceGroupId: z.string(),
  identifier: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  status: z.string(),
});
export type TResourceGroup = z.infer<typeof ZResourceGroup>;
export const ZResourceGroupList = z.object({ items: z.array(ZResourceGroup) });
export type TResourceGroupList = z.infer<typeof ZResourceGroupList>;

const ZDataSourceName = z
  .string()
  .trim()
  .min(1, "enter a name")
  .max(64, "at most 64 characters")
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "letters, digits and underscores, starting with a letter");
const ZDescription = z.string().trim().max(256, "at most 256 characters");
const ZUsername = z.string().trim().min(1, "enter the user name").max(128, "at most 128 characters");
/**
 * Not trimmed: taken exactly as typed. Omitted or empty: none on create, "keep the stored one" on
 * edit; null: explicitly no password (clears a stored one).
 */
const ZPassword = z.string().max(256, "at most 256 characters").nullable();
const ZHostPort = z
  .string()
  .trim()
  .regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/, "host:port, e.g. 127.0.0.1:6379")
  .refine((value) => {
    const port = Number(value.slice(value.lastIndexOf(":") + 1));
    return port >= 1 && port <= 65_535;
  }, "the port must be 1–65535");

const JDBC_PREFIX: Record<(typeof JDBC_DATA_SOURCE_TYPES)[number], RegExp> = {
  mysql: /^jdbc:mysql:\/\/[^/?#\s]+(\/[^?#\s]*)?$/,
  postgresql: /^jdbc:postgresql:\/\/[^/?#\s]+(\/[^?#\s]*)?$/,
  sqlserver: /^jdbc:sqlserver:\/\/[^;?#\s]+(;[^?#\s]*)?$/,
  oracle: /^jdbc:oracle:thin:@[^?#\s]+$/,
};
export const JDBC_URL_EXAMPLES: Record<(typeof JDBC_DATA_SOURCE_TYPES)[number], string> = {
  mysql: "jdbc:mysql://127.0.0.1:3306/test",
  postgresql: "jdbc:postgresql://127.0.0.1:5432/postgres",
  sqlserver: "jdbc:sqlserver://127.0.0.1:1433;DatabaseName=test",
  oracle: "jdbc:oracle:thin:@127.0.0.1:1521:ORCL",
};

/**
 * What the form sends per type. The password is optional: on create an empty one means "none";
 * on edit an omitted or empty one means "keep the stored one" (the data service only keeps it while
 * host and port stay the same).
 */
const zJdbcConnection = <T extends (typeof JDBC_DATA_SOURCE_TYPES)[number]>(type: T) =>
  z
    .object({
      type: z.literal(type),
      jdbcUrl: z.string().trim().min(1, "enter the JDBC URL").max(500, "at most 500 characters").regex(JDBC_PREFIX[type], `a JDBC URL like ${JDBC_URL_EXAMPLES[type]} (no query string)`),
      username: ZUsername,
      password: ZPassword.optional(),
    })
    .strict();

export const ZDataSourceConnectionInput = z.discriminatedUnion("type", [
  zJdbcConnection("mysql"),
  zJdbcConnection("postgresql"),
  zJdbcConnection("sqlserver"),
  zJdbcConnection("oracle"),
  z.object({ type: z.literal("redis"), addresses: z.array(ZHostPort).min(1, "enter at least one host:port").max(16, "at most 16 addresses"), password: ZPassword.optional() }).strict(),
  z.object({ type: z.literal("kafka"), addresses: z.array(ZHostPort).min(1, "enter at least one host:port").max(16, "at most 16 addresses") }).strict(),
  z
    .object({
      type: z.literal("mongodb"),
      addresses: z.array(ZHostPort).min(1, "enter at least one host:port").max(16, "at most 16 addresses"),
      database: z.string().trim().min(1, "enter the database (authentication database)").max(64, "at most 64 characters"),
      username: z.string().trim().max(128, "at most 128 characters").optional(),
      password: ZPassword.optional(),
    })
    .strict(),
  z.object({ type: z.literal("http"), url: z.string().trim().max(500, "at most 500 characters").pipe(z.url({ protocol: /^https?$/, message: "an http:// or https:// URL" })) }).strict(),
]);
export type TDataSourceConnectionInput = z.input<typeof ZDataSourceConnectionInput>;

export const ZCreateDataSourceBody = z
  .object({
    name: ZDataSourceName,
    description: ZDescription.default(""),
    envType: z.union([z.literal(0), z.literal(1)]).default(1),
    connection: ZDataSourceConnectionInput,
  })
  .strict();
export type TCreateDataSourceBody = z.input<typeof ZCreateDataSourceBody>;

export const ZUpdateDataSourceBody = z
  .object({
    description: ZDescription.optional(),
    envType: z.union([z.literal(0), z.literal(1)]).default(1),
    connection: ZDataSourceConnectionInput,
  })
  .strict();
export type TUpdateDataSourceBody = z.input<typeof ZUpdateDataSourceBody>;

export const ZDataSourceMutationResult = z.object({ dataSourceId: z.string(), auditId: z.number().int() });
export type TDataSourceMutationResult = z.infer<typeof ZDataSourceMutationResult>;

// ─── Tests ─────────────────────────────────────────────────────────────────────────────────────

const ZResourceGroupRef = z.string().trim().min(1, "pick a resource group").max(128, "at most 128 characters");

export const ZTestDataSourceBody = z.object({ resourceGroupId: ZResourceGroupRef }).strict();
export type TTestDataSourceBody = z.input<typeof ZTestDataSourceBody>;

export const ZDataSourceTestResult = z.object({
  dataSourceId: z.string(),
  dataSourceName: z.string(),
  resourceGroupId: z.string(),
  run: ZConnectivityRun,
});
export type TDataSourceTestResult = z.infer<typeof ZDataSourceTestResult>;

export const ZPairTestBody = z
  .object({ sourceId: zId, destinationId: zId, resourceGroupId: ZResourceGroupRef })
  .strict()
  .refine((body) => body.sourceId !== body.destinationId, { path: ["destinationId"], message: "pick a destination other than the source" });
export type TPairTestBody = z.input<typeof ZPairTestBody>;
export const ZPairTestResult = z.object({ source: ZDataSourceTestResult, destination: ZDataSourceTestResult, run: ZConnectivityRun });
export type TPairTestResult = z.infer<typeof ZPairTestResult>;

export const ZBatchTestBody = z
  .object({
    /** Leave out for every data source of the workspace. */
    dataSourceIds: z.array(zId).min(1, "pick at least one data source").max(200, "at most 200 data sources").optional(),
    /** Ids or identifiers; leave out for every resource group of the workspace. */
    resourceGroupIds: z.array(ZResourceGroupRef).min(1, "pick at least one resource group").max(50, "at most 50 resource groups").optional(),
  })
  .strict();
export type TBatchTestBody = z.input<typeof ZBatchTestBody>;
export const ZBatchTestResult = z.object({ batchId: z.string().nullable(), results: z.array(ZDataSourceTestResult) });
export type TBatchTestResult = z.infer<typeof ZBatchTestResult>;

export const ZHistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const ZConnectivityHistoryEntry = z.object({
  testedAt: z.iso.datetime(),
  resourceGroup: z.string().nullable(),
  state: ZConnectState,
  durationMs: z.number().int().nonnegative().nullable(),
  message: z.string().nullable(),
  failedStep: z.string().nullable(),
});
export type TConnectivityHistoryEntry = z.infer<typeof ZConnectivityHistoryEntry>;
export const ZConnectivityHistory = z.object({ dataSourceId: z.string(), items: z.array(ZConnectivityHistoryEntry), source: z.enum(["data-service", "console"]) });
export type TConnectivityHistory = z.infer<typeof ZConnectivityHistory>;

// ─── Other services' checks (DTS, DLI, DRS) ──────────────────────────────────────────────────────

export const CHECK_SERVICE_KINDS = ["dts", "dli", "drs"] as const;
export const ZCheckServiceKind = z.enum(CHECK_SERVICE_KINDS);
export type TCheckServiceKind = z.infer<typeof ZCheckServiceKind>;
/** Every kind of service the console is configured with; dataworks ones live in Settings → Data services. */
export const SERVICE_KINDS = ["dataworks", ...CHECK_SERVICE_KINDS] as const;

export const ZCheckServiceParams = ZConnectivityParams.extend({ checkServiceId: zRowId });

export const ZCheckService = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: ZCheckServiceKind,
  endpoint: z.string(),
  region: z.string(),
  /** Huawei Cloud project id (DLI, DRS); null for DTS. */
  cloudProjectId: z.string().nullable(),
  accessKeyId: z.string(),
  hasSecret: z.literal(true),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TCheckService = z.infer<typeof ZCheckService>;
export const ZCheckServiceList = z.object({ items: z.array(ZCheckService) });
export type TCheckServiceList = z.infer<typeof ZCheckServiceList>;

const ZServiceEndpoint = z
  .string()
  .trim()
  .min(1, { message: "enter the endpoint URL", abort: true })
  .max(300, "at most 300 characters")
  .pipe(z.url({ protocol: /^https?$/, message: "must be an http:// or https:// URL" }))
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.username === "" && url.password === "" && url.search === "" && url.hash === "" && (url.pathname === "/" || url.pathname === "");
  }, "only scheme, host and port (no path, query or credentials)")
  .transform((value) => value.replace(/\/+$/, ""));
const ZServiceRegion = z
  .string()
  .trim()
  .min(1, { message: "enter the region (e.g. cn-hangzhou)", abort: true })
  .max(64, "at most 64 characters")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes");
const ZCloudProjectId = z.string().trim().max(64, "at most 64 characters").regex(/^[A-Za-z0-9_-]*$/, "letters, digits, dashes and underscores");
const ZServiceAccessKeyId = z.string().trim().min(1, "enter the access key ID").max(128, "at most 128 characters").regex(/^\S+$/, "no spaces");
const ZServiceSecret = z.string().min(1, "enter the secret").max(256, "at most 256 characters").regex(/^\S+$/, "no spaces");

export const ZCreateCheckServiceBody = z
  .object({
    name: z.string().trim().min(1, "enter a name").max(64, "at most 64 characters"),
    kind: ZCheckServiceKind,
    endpoint: ZServiceEndpoint,
    region: ZServiceRegion,
    cloudProjectId: ZCloudProjectId.default(""),
    accessKeyId: ZServiceAccessKeyId,
    accessKeySecret: ZServiceSecret,
  })
  .strict()
  .superRefine((body, context) => {
    if (body.kind !== "dts" && body.cloudProjectId === "") context.addIssue({ code: "custom", path: ["cloudProjectId"], message: "enter the Huawei Cloud project ID" });
  });
export type TCreateCheckServiceBody = z.input<typeof ZCreateCheckServiceBody>;

export const ZUpdateCheckServiceBody = z
  .object({
    name: z.string().trim().min(1, "enter a name").max(64, "at most 64 characters").optional(),
    endpoint: ZServiceEndpoint.optional(),
    region: ZServiceRegion.optional(),
    cloudProjectId: ZCloudProjectId.optional(),
    accessKeyId: ZServiceAccessKeyId.optional(),
    /** Omitted keeps the stored secret. */
    accessKeySecret: ZServiceSecret.optional(),
  })
  .strict();
export type TUpdateCheckServiceBody = z.input<typeof ZUpdateCheckServiceBody>;

const ZOptionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).optional();
const ZPortText = z
  .string()
  .trim()
  .regex(/^\d{0,5}$/, "a port number")
  .refine((value) => value === "" || (Number(value) >= 1 && Number(value) <= 65_535), "the port must be 1–65535")
  .optional();

/** One end of a DTS DescribeConnectionStatus call (self-managed or cloud instance). */
export const ZDtsEndpointInput = z
  .object({
    instanceType: z.string().trim().min(1, "pick the instance type").max(32, "at most 32 characters"),
    engineName: ZOptionalText(32),
    instanceId: ZOptionalText(128),
    region: ZOptionalText(64),
    ip: ZOptionalText(255),
    port: ZPortText,
    databaseName: ZOptionalText(128),
    userName: ZOptionalText(128),
    password: z.string().max(256, "at most 256 characters").optional(),
    oracleSid: ZOptionalText(64),
    architecture: z.enum(["SID", "RAC"]).optional(),
  })
  .strict();
export type TDtsEndpointInput = z.input<typeof ZDtsEndpointInput>;

export const ZDrsJobInput = z
  .object({
    id: z.string().trim().min(1, "enter the DRS task ID").max(128, "at most 128 characters"),
    netType: z.enum(["vpn", "vpc", "eip"]),
    dbType: z.enum(["mysql", "mongodb", "postgresql", "oracle", "kafka"]),
    ip: z.string().trim().min(1, "enter the database address").max(500, "at most 500 characters"),
    dbPort: z.number().int().min(0).max(65_535).optional(),
    instanceId: ZOptionalText(128),
    dbUser: ZOptionalText(128),
    dbPassword: z.string().max(256, "at most 256 characters").optional(),
    endPointType: z.enum(["so", "ta"]).default("so"),
    region: ZOptionalText(64),
    dbName: ZOptionalText(128),
    vpcId: ZOptionalText(128),
    subnetId: ZOptionalText(128),
  })
  .strict()
  .superRefine((job, context) => {
    if (job.netType === "vpc" && !job.vpcId) context.addIssue({ code: "custom", path: ["vpcId"], message: "a VPC network needs the VPC ID" });
    if (job.netType === "vpc" && !job.subnetId) context.addIssue({ code: "custom", path: ["subnetId"], message: "a VPC network needs the subnet ID" });
  });
export type TDrsJobInput = z.input<typeof ZDrsJobInput>;

export const ZRunCheckBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("dts"), source: ZDtsEndpointInput, destination: ZDtsEndpointInput }).strict(),
  z
    .object({
      kind: z.literal("dli"),
      connectionId: z.string().trim().regex(/^[0-9a-fA-F-]{8,64}$/, "the connection's UUID"),
    })
    .strict(),
  z
    .object({ kind: z.literal("drs"), jobs: z.array(ZDrsJobInput).min(1, "add at least one connection to test").max(50, "at most 50 in one batch") })
    .strict()
    .superRefine((body, context) => {
      const seen = new Set<string>();
      body.jobs.forEach((job, index) => {
        const key = `${job.id}:${job.endPointType ?? "so"}`;
        if (seen.has(key)) context.addIssue({ code: "custom", path: ["jobs", index, "endPointType"], message: "this task's end is already in the batch" });
        seen.add(key);
      });
    }),
]);
export type TRunCheckBody = z.input<typeof ZRunCheckBody>;

export const ZCheckResult = z.object({ checkServiceId: z.number().int(), kind: ZCheckServiceKind, run: ZConnectivityRun, auditId: z.number().int() });
export type TCheckResult = z.infer<typeof ZCheckResult>;
