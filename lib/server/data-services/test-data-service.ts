import "server-only";
import type { TDataServiceTestResult } from "@/lib/contracts/data-services";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TActor } from "@/lib/server/auth/actor";
import { getConsoleDb } from "@/lib/server/db";
import { checkEngineHealth } from "@/lib/server/engine-health";
import { ApiError } from "@/lib/server/http/api-error";
import { invalidateServiceProjects } from "@/lib/server/projects/list-service-projects";
import { ZListProjectsResponse } from "@/lib/server/projects/project-wire";
import { getDataServiceConnectionOrThrow } from "@/lib/server/upstream/data-service-connection";
import { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { UpstreamApiError } from "@/lib/server/upstream/upstream-errors";
import { toEngineHealthSummary } from "./engine-health-summary";
import { toTestSteps, type ProbeOutcome } from "./test-steps";

const TEST_TIMEOUT_MS = 8_000;

type TestInput = { serviceId: number; actor: TActor; requestId: string; timeoutMs?: number };

/**
 * Calls ListProjects with the stored AccessKey (a fresh client, no retries, so the result is now's),
 * records the outcome on the data service and in the audit, and reports each step.
 */
export async function testDataService({ serviceId, actor, requestId, timeoutMs = TEST_TIMEOUT_MS }: TestInput): Promise<TDataServiceTestResult> {
  const connection = await getDataServiceConnectionOrThrow(serviceId);
  const db = await getConsoleDb();
  const service = await db.dataService.findUniqueOrThrow({ where: { id: serviceId }, select: { isEmbedded: true } });
  const client = new DataWorksClient(connection, { maxAttempts: 1, defaultTimeoutMs: timeoutMs });

  const startedAt = performance.now();
  const [outcome, engineCheck] = await Promise.all([
    probe(client),
    service.isEmbedded ? checkEngineHealth(connection.endpoint, { timeoutMs }) : Promise.resolve(null),
  ]);
  const latencyMs = Math.round(performance.now() - startedAt);
  const checkedAt = new Date();
  const status = outcome.kind === "ok" ? "ok" : "failed";
  const error = outcome.kind === "ok" ? null : { code: outcome.errorCode, message: outcome.message };
  const projectCount = outcome.kind === "ok" ? outcome.projectCount : null;
  const summary = outcome.kind === "ok" ? `Reachable, signature accepted, ${outcome.projectCount} project(s), ${latencyMs} ms` : outcome.message;

  await db.dataService.update({ where: { id: serviceId }, data: { lastTestedAt: checkedAt, lastTestStatus: status, lastTestMessage: summary.slice(0, 500) } });
  // A successful test is a good moment to forget a stale project list.
  if (status === "ok") invalidateServiceProjects(serviceId);
  await recordAudit({
    actor,
    action: "data-services.test",
    targetType: "data-service",
    targetIds: [String(serviceId)],
    result: status === "ok" ? "ok" : "failed",
    details: { latencyMs, projectCount, error },
    requestId,
    serviceId,
  });
  return {
    serviceId,
    status,
    checkedAt: checkedAt.toISOString(),
    latencyMs,
    projectCount,
    steps: toTestSteps(outcome, latencyMs),
    error,
    engine: engineCheck ? toEngineHealthSummary(engineCheck) : null,
  };
}

type ProbeResult = (ProbeOutcome & { kind: "ok" }) | (Exclude<ProbeOutcome, { kind: "ok" }> & { errorCode: string });

async function probe(client: DataWorksClient): Promise<ProbeResult> {
  try {
    const page = await client.call("ListProjects", { PageNumber: 1, PageSize: 10 }, ZListProjectsResponse);
    return { kind: "ok", projectCount: page.PageResult.TotalCount };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error instanceof UpstreamApiError && error.upstream.kind === "network") return { kind: "no-answer", message: error.message, errorCode: error.code };
    if (error instanceof UpstreamApiError && error.upstream.isCredentialError) return { kind: "credentials-refused", message: error.message, errorCode: error.code };
    return { kind: "answered-with-error", message: error.message, errorCode: error.code };
  }
}
