import type { TEngineHealthSummary } from "@/lib/contracts/data-services";
import type { TEngineHealthCheck } from "@/lib/server/engine-health";

/** The engine's /healthz answer as the data-service test result carries it. */
export function toEngineHealthSummary(check: TEngineHealthCheck): TEngineHealthSummary {
  if (check.state !== "up") {
    return { state: check.state, message: check.message, engineId: null, version: null, dialect: null, uptimeSeconds: null, instancesByStatus: null, otherFacts: [] };
  }
  const { health } = check;
  return {
    state: "up",
    message: null,
    engineId: health.engineId ?? null,
    version: health.version ?? null,
    dialect: health.dialect ?? null,
    uptimeSeconds: health.uptimeSeconds ?? null,
    instancesByStatus: health.instancesByStatus ?? null,
    otherFacts: health.otherFacts,
  };
}
