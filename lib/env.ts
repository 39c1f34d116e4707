import "server-only";
import { z } from "zod";

/**
 * The console's only reader of process.env, validated with zod on first use (not at import, so
 * that `next build` never needs a runtime environment). Every variable is listed in .env.example.
 */
const ZConsoleEnv = z.object({
  /** Where the engine (or another DataWorks-compatible endpoint) answers. */
  ENGINE_URL: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:3100"),
  /** The console's HTTP port; `next start` reads it too. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** The database shared with the engine: `file:` (SQLite) or `postgresql://`. */
  DATABASE_URL: z.string().trim().min(1).default("file:./.data/nightshift.db"),
  /** Where the console keeps its generated secret key and first-admin password file. */
  NIGHTSHIFT_DATA_DIR: z.string().trim().min(1).optional(),
  /** The engine's name for the same folder; used when NIGHTSHIFT_DATA_DIR is not set. */
  ENGINE_DATA_DIR: z.string().trim().min(1).optional(),
  /** 32 bytes, base64: the key that seals secrets at rest; generated into the data folder when unset. */
  NIGHTSHIFT_SECRET_KEY: z.string().trim().optional(),
  /** The first admin's password (only used when no user exists yet). */
  NIGHTSHIFT_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
});
export type TConsoleEnv = z.infer<typeof ZConsoleEnv>;

/** Parses an environment; throws one readable error naming every bad variable. */
export function parseConsoleEnv(env: Record<string, string | undefined>): TConsoleEnv {
  // An empty value (`ENGINE_URL=` in a .env file) means "use the default", not "invalid".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = ZConsoleEnv.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid console configuration: ${problems}`);
  }
  return { ...parsed.data, ENGINE_URL: parsed.data.ENGINE_URL.replace(/\/+$/, "") };
}

let cached: TConsoleEnv | undefined;

/** The process's console configuration, parsed once. */
export function getConsoleEnv(): TConsoleEnv {
  cached ??= parseConsoleEnv(process.env);
  return cached;
}
