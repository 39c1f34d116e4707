import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import { UpstreamApiError } from "@/lib/server/upstream/upstream-errors";

const CONTENT_CODES = new Set(["MissingParam.ConnectionStr.Property", "DataSource.ConnectionStrProperty.PatternNotMatch", "Invalid.Connection.Empty", "Invalid.DataSource.DataSourceTypeNotSupport", "Invalid.DataSource.DataSourceTypeNotExist"]);

/**
 * The data service's refusals of a data source write, as the form can show them: a taken name
 * → 409 on `name`, a Content it rejects → 422 on `connection` (with its explanation). Others pass.
 */
export function toDataSourceWriteError(error: unknown): unknown {
  if (!(error instanceof UpstreamApiError) || error.upstream.kind !== "answer") return error;
  const code = error.upstream.code ?? "";
  if (code === "ConnectionAlreadyExist") {
    return new ApiError("CONFLICT", "A data source with this name already exists in this environment; pick another name.", { issues: [{ path: "name", message: "already taken" }] });
  }
  if (CONTENT_CODES.has(code)) {
    return new ApiError("VALIDATION_FAILED", error.message, { issues: [{ path: "connection", message: error.message }] });
  }
  return error;
}
