import "server-only";
import { z } from "zod";

/**
 * Asks the engine's unsigned `GET /healthz` whether it is up and what it holds. The console only
 * displays this, so every field beyond `status` is optional and a malformed one is dropped rather
 * than failing the whole check: an older or newer engine still gets a useful status page.
 */

const ZHealthProject = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  identifier: z.string().optional(),
  name: z.string().optional(),
});

const ZEngineHealthBody = z.looseObject({
  status: z.string(),
  engineId: z.string().optional().catch(undefined),
  version: z.string().optional().catch(undefined),
  dialect: z.string().optional().catch(undefined),
  uptimeSeconds: z.number().nonnegative().optional().catch(undefined),
  projects: z.array(ZHealthProject).optional().catch(undefined),
  instancesByStatus: z.record(z.string(), z.number().int().nonnegative()).optional().catch(undefined),
});

const KNOWN_FIELDS = new Set(Object.keys(ZEngineHealthBody.shape));

export type TEngineHealth = {
  engineId?: string;
  version?: string;
  dialect?: string;
  uptimeSeconds?: number;
  projects?: { id?: string; identifier?: string; name?: string }[];
  instancesByStatus?: Record<string, number>;
  /** Further scalar fields the engine reported that this console does not know by name. */
  otherFacts: { name: string; value: string }[];
};

type CheckBase = { endpoint: string; checkedAt: string };
export type TEngineHealthCheck =
  | (CheckBase & { state: "up"; latencyMs: number; health: TEngineHealth })
  /** Something answered, but not a healthy engine (503, `status` other than ok, not our JSON). */
  | (CheckBase & { state: "unhealthy"; latencyMs: number; message: string })
  | (CheckBase & { state: "down"; reason: "refused" | "timeout" | "unreachable"; message: string });

export type EngineHealthOptions = {
  timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  fetchImpl?: typeof fetch;
  now?: () => Date;
};

export async function checkEngineHealth(endpoint: string, options: EngineHealthOptions = {}): Promise<TEngineHealthCheck> {
  const { timeoutMs = 2_000, fetchImpl = fetch, now = () => new Date() } = options;
  const base: CheckBase = { endpoint, checkedAt: now().toISOString() };
  const url = new URL("/healthz", endpoint);
  const startedAt = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { cache: "no-store", signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
    text = await response.text();
  } catch (error) {
    return { ...base, state: "down", ...describeFetchFailure(error, timeoutMs) };
  }
  const latencyMs = Math.round(performance.now() - startedAt);

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...base, state: "unhealthy", latencyMs, message: `HTTP ${response.status} with a body that is not JSON` };
  }
  const parsed = ZEngineHealthBody.safeParse(json);
  if (!parsed.success) {
    return { ...base, state: "unhealthy", latencyMs, message: `HTTP ${response.status} without a health status` };
  }
  if (!response.ok || parsed.data.status !== "ok") {
    return { ...base, state: "unhealthy", latencyMs, message: `HTTP ${response.status}, status "${parsed.data.status}"` };
  }
  return { ...base, state: "up", latencyMs, health: toEngineHealth(parsed.data) };
}

function toEngineHealth(body: z.infer<typeof ZEngineHealthBody>): TEngineHealth {
  const otherFacts = Object.entries(body)
    .filter(([name, value]) => !KNOWN_FIELDS.has(name) && isScalar(value))
    .map(([name, value]) => ({ name, value: String(value) }));
  return {
    engineId: body.engineId,
    version: body.version,
    dialect: body.dialect,
    uptimeSeconds: body.uptimeSeconds,
    projects: body.projects,
    instancesByStatus: body.instancesByStatus,
    otherFacts,
  };
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** Node's fetch hides the socket error in `cause`; surface the part a person can act on. */
function describeFetchFailure(error: unknown, timeoutMs: number): { reason: "refused" | "timeout" | "unreachable"; message: string } {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return { reason: "timeout", message: `no answer within ${timeoutMs} ms` };
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code === "ECONNREFUSED") return { reason: "refused", message: "connection refused: nothing listens there" };
  const detail = typeof cause?.message === "string" ? cause.message : error instanceof Error ? error.message : String(error);
  return { reason: "unreachable", message: code ? `${code}: ${detail}` : detail };
}
