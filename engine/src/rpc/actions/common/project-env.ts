import { EngineError, ERROR_CODES } from "../../../model/errors";

export type ProjectEnv = "PROD" | "DEV";

/**
 * The embedded engine runs every workspace in simple mode, which has a production environment only
 * (GetProject answers `EnvTypes: ["PROD"]`). DEV is refused as a business error, not ignored, so a
 * caller never mistakes production data for development data.
 */
export function assertProductionEnvironment(projectEnv: ProjectEnv): void {
  if (projectEnv === "DEV") {
    throw new EngineError(
      ERROR_CODES.invalidParameter,
      'ProjectEnv DEV is not available: the embedded engine runs workspaces in simple mode, with a production environment only (GetProject EnvTypes is ["PROD"]). Use ProjectEnv=PROD.',
      400,
    );
  }
}
