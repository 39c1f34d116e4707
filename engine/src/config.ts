import path from "node:path";
import { z } from "zod";

/** An empty alert variable (`NIGHTSHIFT_SMTP_URL=`) means unset, as in .env files. */
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

/** The engine's only reader of process.env; validated once at start. See .env.example. */
const ZEngineEnv = z.object({
  DATABASE_URL: z.string().trim().min(1).default("file:./.data/nightshift.db"),
  ENGINE_PORT: z.coerce.number().int().min(1).max(65_535).default(3100),
  ENGINE_HOST: z.string().trim().min(1).default("127.0.0.1"),
  ENGINE_ACCESS_KEY_ID: z.string().trim().min(8).optional(),
  ENGINE_ACCESS_KEY_SECRET: z.string().trim().min(16).optional(),
  ENGINE_DATA_DIR: z.string().trim().min(1).default(".data"),
  ENGINE_REGION: z.string().trim().min(1).default("cn-local"),
  /** 0 disables deploying the demo workspace on an empty database. */
  NIGHTSHIFT_DEMO: z.enum(["0", "1"]).default("1"),
  /** Seconds of allowed clock skew for a signed request's Timestamp. */
  ENGINE_MAX_SKEW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Multiplies the RPC API-level rate limits (level 1: 50 QPS, 2: 20 QPS, 3: 5 QPS and 10,000 a day); 0 = unlimited, for benchmarks. */
  ENGINE_RATE_LIMIT_SCALE: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, "expected a number ≥ 0 (an empty value would silently mean unlimited)")
    .transform(Number)
    .pipe(z.number().max(1_000))
    .default(1),
  /** SignatureNonces remembered per AccessKey ID within the skew window; a key that floods past it gets Throttling.User. */
  ENGINE_NONCE_CACHE_MAX_PER_KEY: z.coerce.number().int().min(1_000).max(10_000_000).default(250_000),
  /** 1 prints one line per API request (method, Action, status, milliseconds, RequestId). */
  ENGINE_REQUEST_LOG: z.enum(["0", "1"]).default("0"),
  /** Identifies this engine process in claims; defaults to host:data-dir, stable across restarts. */
  ENGINE_ID: z.string().trim().min(1).optional(),
  /** A webhook that receives every alert (docs/monitoring.md, "Alert messages and delivery"). */
  NIGHTSHIFT_ALERT_WEBHOOK_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^https?$/, error: "expected an http:// or https:// URL" }).optional()),
  NIGHTSHIFT_ALERT_WEBHOOK_FORMAT: z.preprocess(emptyAsUnset, z.enum(["json", "dingtalk", "lark", "wecom", "slack"]).default("json")),
  /** Signs that webhook's requests (HMAC-SHA256); read by name at send time, never stored. */
  NIGHTSHIFT_ALERT_WEBHOOK_SECRET: z.preprocess(emptyAsUnset, z.string().min(16, "use at least 16 characters").optional()),
  /** SMTP server for alert mail, e.g. smtp://user:password@mail.example.com:587 or smtps://…:465. */
  NIGHTSHIFT_SMTP_URL: z.preprocess(emptyAsUnset, z.string().trim().regex(/^smtps?:\/\//, "expected smtp:// or smtps://").optional()),
  NIGHTSHIFT_ALERT_MAIL_FROM: z.preprocess(emptyAsUnset, z.string().trim().min(3).default("Nightshift <nightshift@localhost>")),
  /** Key sealing data source secrets (base64 of 32 bytes); unset: <data dir>/connectivity-secret.key, generated with mode 0600. */
  ENGINE_SECRET_KEY: z.string().trim().min(1).optional(),
  /** Ports connection tests never reach on local addresses, besides ENGINE_PORT: the console's (comma-separated). */
  ENGINE_PROTECTED_PORTS: z
    .string()
    .trim()
    .regex(/^\d{1,5}(,\d{1,5})*$/, "expected comma-separated port numbers")
    .default("3000")
    .transform((text) => text.split(",").map(Number)),
});
export type EngineConfig = z.infer<typeof ZEngineEnv> & { dataDir: string };

export function loadEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const parsed = ZEngineEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid engine configuration: ${problems}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.ENGINE_DATA_DIR) };
}

/**
 * A secret named by the workspace YAML (a data source's `passwordEnv`): the one other read of
 * process.env, by name, at deploy and test time.
 */
export function readEnvironmentSecret(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

/** A webhook signing secret named by a channel's `secretEnv` (alerts.yaml), read when a delivery is sent. */
export function readSecretVariable(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value && value.trim() ? value : undefined;
}
