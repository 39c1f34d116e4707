import type { z } from "zod";
import { EngineError, ERROR_CODES } from "../../model/errors";

/** What the audit row of a refusal records beyond the request itself. */
export type RefusalAudit = { before?: string; projectId?: bigint | null; targetId?: bigint };

/**
 * An EngineError that also carries what the refusal's audit row should say (the target's state
 * when it was judged). The RPC endpoint treats it as any EngineError.
 */
export class OperationRefusal extends EngineError {
  constructor(
    code: string,
    message: string,
    httpStatus: number,
    readonly audit: RefusalAudit = {},
  ) {
    super(code, message, httpStatus);
    this.name = "OperationRefusal";
  }
}

export function invalidParameter(message: string, audit?: RefusalAudit): OperationRefusal {
  return new OperationRefusal(ERROR_CODES.invalidParameter, message, 400, audit);
}

export function instanceNotFound(instanceId: bigint): OperationRefusal {
  return new OperationRefusal(ERROR_CODES.instanceNotFound, `The instance ${instanceId} does not exist.`, 404);
}

export function nodeNotFound(nodeIds: readonly bigint[], parameter: string): OperationRefusal {
  const list = nodeIds.join(", ");
  const message = nodeIds.length === 1 ? `${parameter}: the node ${list} does not exist.` : `${parameter}: the nodes ${list} do not exist.`;
  return new OperationRefusal(ERROR_CODES.nodeNotFound, message, 404);
}

export function projectNotFound(projectId: bigint): OperationRefusal {
  return new OperationRefusal(ERROR_CODES.projectNotFound, `The project ${projectId} does not exist.`, 404);
}

/** The HTTP status of a refusal replayed from the audit table, where only its code was kept. */
export function httpStatusOfCode(code: string): number {
  return code.endsWith(".NotExists") || code === ERROR_CODES.projectNotFound ? 404 : 400;
}

/** Turns zod's complaint about an operation's input into a refusal naming the parameter. */
export function refusalFromIssues(error: z.ZodError, names: Record<string, string>): OperationRefusal {
  const issue = error.issues[0];
  const key = String(issue?.path[0] ?? "");
  const parameter = names[key] ?? key;
  return invalidParameter(`The specified parameters are invalid: ${parameter}: ${issue?.message ?? "invalid"}.`);
}
