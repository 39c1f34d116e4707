import "server-only";
import type { z } from "zod";
import type { TCheckResult, TConnectivityRun, TDtsEndpointInput, ZRunCheckBody } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { openSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { DliClient } from "@/lib/server/upstream/dli";
import { DrsClient, type DrsBatchConnectionJob } from "@/lib/server/upstream/drs";
import { DtsClient, type DtsEndpoint } from "@/lib/server/upstream/dts";
import { toCheckServiceKind } from "./check-service-dto";
import { toDliRun } from "./map-dli-connection";
import { toDrsRun } from "./map-drs-batch";
import { toDtsRun } from "./map-dts-status";

type RunCheckInput = { checkServiceId: number; body: z.output<typeof ZRunCheckBody>; actor: TActor; requestId: string; serviceId: number; projectId: string };

function toDtsEndpoint(end: TDtsEndpointInput): DtsEndpoint {
  return {
    InstanceType: end.instanceType,
    EngineName: end.engineName,
    InstanceID: end.instanceId,
    Region: end.region,
    IP: end.ip,
    Port: end.port,
    DatabaseName: end.databaseName,
    UserName: end.userName,
    Password: end.password,
    OracleSID: end.oracleSid,
    Architecture: end.architecture,
  };
}

/** Opens the service's secret (the one place it is) and runs the check its kind offers. */
async function runOnService(checkServiceId: number, body: z.output<typeof ZRunCheckBody>): Promise<TConnectivityRun> {
  const db = await getConsoleDb();
  const service = await db.checkService.findUnique({ where: { id: checkServiceId } });
  if (!service) throw new ApiError("NOT_FOUND", `Check service ${checkServiceId} does not exist.`);
  const kind = toCheckServiceKind(service.kind);
  if (kind !== body.kind) {
    throw new ApiError("VALIDATION_FAILED", `Service "${service.name}" is a ${kind.toUpperCase()} service; it cannot run a ${body.kind.toUpperCase()} check.`, { issues: [{ path: "kind", message: `must be ${kind}` }] });
  }
  let secret: string;
  try {
    secret = openSecret(service.accessKeySecretCiphertext);
  } catch {
    throw new ApiError("UPSTREAM_ERROR", `The secret of check service "${service.name}" cannot be opened (the console's secret key changed?); an admin can enter it again.`);
  }
  const requestedAt = new Date();
  if (body.kind === "dts") {
    const client = new DtsClient({ endpoint: service.endpoint, regionId: service.region, accessKeyId: service.accessKeyId, accessKeySecret: secret });
    const answer = await client.describeConnectionStatus(toDtsEndpoint(body.source), toDtsEndpoint(body.destination));
    return toDtsRun({ answer, source: body.source, destination: body.destination, regionId: service.region, requestedAt, completedAt: new Date() });
  }
  const huawei = { endpoint: service.endpoint, region: service.region, projectId: service.cloudProjectId, accessKeyId: service.accessKeyId, secretAccessKey: secret };
  if (body.kind === "dli") {
    const answer = await new DliClient(huawei).getDatasourceConnection(body.connectionId);
    return toDliRun({ answer, connectionId: body.connectionId, requestedAt, completedAt: new Date() });
  }
  const jobs: DrsBatchConnectionJob[] = body.jobs.map((job) => ({
    id: job.id,
    net_type: job.netType,
    db_type: job.dbType,
    ip: job.ip,
    db_port: job.dbPort,
    inst_id: job.instanceId || undefined,
    db_user: job.dbUser || undefined,
    db_password: job.dbPassword || undefined,
    end_point_type: job.endPointType,
    region: job.region || undefined,
    db_name: job.dbName || undefined,
    vpc_id: job.vpcId || undefined,
    subnet_id: job.subnetId || undefined,
  }));
  const answer = await new DrsClient(huawei).batchTestConnections(jobs);
  return toDrsRun({ answer, jobs, requestedAt, completedAt: new Date() });
}

/** Runs a DTS / DLI / DRS check (operator); audited as connectivity.check with the verdict per target. */
export async function runCheck({ checkServiceId, body, actor, requestId, serviceId, projectId }: RunCheckInput): Promise<TCheckResult> {
  const { value, auditId } = await runAudited(
    { actor, action: "connectivity.check", targetType: "check-service", targetIds: [String(checkServiceId)], requestId, serviceId, projectId },
    async () => {
      const run = await runOnService(checkServiceId, body);
      return { value: run, details: { kind: body.kind, state: run.state, targets: run.targets.map((target) => ({ label: target.label, state: target.state })) } };
    },
  );
  return { checkServiceId, kind: body.kind, run: value, auditId };
}
