import { z } from "zod";
import { PROTOCOL_PARAMETER_NAMES } from "./common-parameters";
import { gatewayErrors, type GatewayError } from "./gateway-errors";

/**
 * What an action's schema sees: the request parameters minus the protocol's (RegionId stays) and,
 * for an object schema, minus names it does not declare: unknown parameters are ignored, as
 * Alibaba Cloud does, even by a `.strict()` schema.
 */
export function actionParameterInput(schema: z.ZodType, params: Record<string, string>): Record<string, string> {
  const declared = schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape)) : null;
  return Object.fromEntries(
    Object.entries(params).filter(([name]) => !PROTOCOL_PARAMETER_NAMES.has(name) && (declared === null || declared.has(name))),
  );
}

/**
 * Validates an action's parameters. The first issue decides the answer: MissingParameter when the
 * named parameter was not sent at all, InvalidParameter (with the schema's expectation) otherwise.
 */
export function parseActionParameters<Schema extends z.ZodType>(schema: Schema, params: Record<string, string>): z.output<Schema> {
  const input = actionParameterInput(schema, params);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw toParameterError(result.error.issues, input);
}

export function toParameterError(issues: readonly z.core.$ZodIssue[], input: Record<string, string>): GatewayError {
  const issue = issues[0];
  const name = issue?.path.length ? issue.path.map(String).join(".") : "parameters";
  const topName = issue?.path[0];
  const isAbsent = typeof topName === "string" && !Object.hasOwn(input, topName);
  if (isAbsent) return gatewayErrors.missingParameter(name);
  return gatewayErrors.invalidParameter(name, issue?.message ?? "expected a valid value");
}
