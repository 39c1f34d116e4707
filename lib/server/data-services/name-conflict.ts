import "server-only";
import { ApiError } from "@/lib/server/http/api-error";

export function nameTakenError(name: string): ApiError {
  return new ApiError("CONFLICT", `A data service named "${name}" already exists; choose another name.`, {
    issues: [{ path: "name", message: "already used by another data service" }],
  });
}

/** Prisma's unique-constraint violation (P2002), whichever driver adapter raised it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
