import { isApiClientError } from "@/lib/client/api-client";

/** A form's field errors from a failed request: the first message per field path. */
export function issuesByField(error: unknown): Record<string, string> {
  if (!isApiClientError(error)) return {};
  const result: Record<string, string> = {};
  for (const issue of error.issues) result[issue.path] ??= issue.message;
  return result;
}
