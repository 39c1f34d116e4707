/**
 * A business error with a DataWorks error code. The RPC endpoint answers it with the DataWorks
 * envelope (`Success: false`, `ErrorCode`, `ErrorMessage`, `HttpStatusCode`) and this HTTP status.
 */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number = 400,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

/** Codes the engine uses beyond the spec's tables (documented in docs/engine.md). */
export const ERROR_CODES = {
  projectNotFound: "Invalid.Tenant.ProjectNotExists",
  nodeNotFound: "Invalid.Node.NotExists",
  instanceNotFound: "Invalid.Instance.NotExists",
  dagNotFound: "Invalid.Dag.NotExists",
  statusNotAllowed: "Invalid.Instance.StatusNotAllowed",
  rerunDenied: "Invalid.Instance.RerunDenied",
  invalidParameter: "Invalid.Wkbench.Parameter",
  internal: "InternalError.System",
} as const;
